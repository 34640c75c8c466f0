#include "audit/AuditView.h"

#include "audit/AuditEventModel.h"
#include "audit/AuditVerifier.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet {

AuditView::AuditView(DossierWorker& worker, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_model(new AuditEventModel(worker, this)),
      m_dossier(new QLineEdit(this)), m_operator(new QLineEdit(this)),
      m_action(new QLineEdit(this)), m_useDates(new QCheckBox(tr("Between"), this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_table(new QTableView(this)),
      m_verifyButton(new QPushButton(tr("&Verify the audit trail"), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditView"));
    setWindowTitle(tr("Audit trail"));
    m_dossier->setObjectName(QStringLiteral("auditDossierFilter"));
    m_dossier->setPlaceholderText(tr("Dossier number"));
    m_operator->setObjectName(QStringLiteral("auditOperatorFilter"));
    m_operator->setPlaceholderText(tr("Operator identifier"));
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->setPlaceholderText(tr("Action, or its beginning (dossier.)"));
    m_useDates->setObjectName(QStringLiteral("auditUseDates"));
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_to->setObjectName(QStringLiteral("auditToDate"));
    m_from->setDate(today.addMonths(-1));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_verifyButton->setObjectName(QStringLiteral("auditVerifyButton"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* filterButton = new QPushButton(tr("&Filter"), this);
    filterButton->setObjectName(QStringLiteral("auditFilterButton"));
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_useDates);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("and"), this));
    dates->addWidget(m_to);
    dates->addStretch();
    auto* filters = new QFormLayout;
    filters->addRow(tr("&Dossier:"), m_dossier);
    filters->addRow(tr("&Operator:"), m_operator);
    filters->addRow(tr("&Action:"), m_action);
    filters->addRow(tr("Dates (UTC):"), dates);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(filterButton);
    buttons->addStretch();
    buttons->addWidget(m_verifyButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(filterButton, &QPushButton::clicked, this, &AuditView::applyFilter);
    for (QLineEdit* edit : {m_dossier, m_operator, m_action}) {
        connect(edit, &QLineEdit::returnPressed, this, &AuditView::applyFilter);
    }
    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditView::verify);
    connect(m_model, &AuditEventModel::failed, m_status, &QLabel::setText);
    connect(m_model, &AuditEventModel::loaded, this,
            [this](int rows) { m_status->setText(tr("%n event(s) shown.", nullptr, rows)); });
    applyFilter();
}

void AuditView::applyFilter()
{
    AuditFilter filter;
    filter.dossierId = m_dossier->text().trimmed();
    filter.operatorId = m_operator->text().trimmed();
    filter.actionPrefix = m_action->text().trimmed();
    if (m_useDates->isChecked()) {
        filter.fromUtc = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
        filter.toUtc = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC);
    }
    m_status->setText(tr("Loading…"));
    m_model->setFilter(filter);
}

void AuditView::verify()
{
    m_verifyButton->setEnabled(false);
    m_status->setText(tr("Verifying the audit trail…"));
    const QList<QByteArray> anchors = m_anchors;
    m_worker.run<Result<AuditVerification>>(
        this,
        [anchors](DossierService& service) {
            return AuditVerifier(service.database()).verify(anchors);
        },
        [this](Result<AuditVerification> report) {
            m_verifyButton->setEnabled(true);
            if (!report) {
                m_status->setText(report.error().message);
                emit verified(false);
                return;
            }
            if (report->intact) {
                m_status->setText(
                    tr("Audit trail intact: %n event(s) checked.", nullptr,
                       int(report->eventsChecked)) +
                    QLatin1Char(' ') +
                    tr("%n signed checkpoint(s) hold; events up to %1 are covered by a signature.",
                       nullptr, int(report->checkpointsChecked))
                        .arg(report->coveredUpToSeq));
            } else {
                m_status->setText(tr("Audit trail BROKEN at event %1: %2")
                                      .arg(report->firstBadSeq.value_or(0))
                                      .arg(report->problem));
            }
            emit verified(report->intact);
        });
}

} // namespace guichet

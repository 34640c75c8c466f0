#include "evidence/PostalDispatchDialog.h"

#include "evidence/PostalDispatch.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

namespace {

PostalDispatchService dispatches(DossierService& service)
{
    return PostalDispatchService(service.database(), service.clock(), service.actor());
}

QDateEdit* dateField(const QString& name)
{
    auto* field = new QDateEdit(QDate::currentDate());
    field->setObjectName(name);
    field->setCalendarPopup(true);
    field->setMaximumDate(QDate::currentDate());
    return field;
}

} // namespace

PostalDispatchDialog::PostalDispatchDialog(DossierWorker& worker, qint64 dossierId, QWidget* parent)
    : QDialog(parent), m_worker(worker), m_dossierId(dossierId)
{
    setWindowTitle(tr("Originals sent by post — dossier %1").arg(dossierId));
    auto* layout = new QVBoxLayout(this);
    m_history = new QLabel(tr("Loading…"));
    m_history->setObjectName(QStringLiteral("dispatchHistory"));
    m_history->setWordWrap(true);
    layout->addWidget(m_history);

    auto* sent = new QGroupBox(tr("Sent to the CA"));
    auto* sentForm = new QFormLayout(sent);
    m_sentOn = dateField(QStringLiteral("sentOn"));
    m_carrier = new QLineEdit(PostalDispatchService::DefaultCarrier);
    m_carrier->setObjectName(QStringLiteral("carrier"));
    m_tracking = new QLineEdit;
    m_tracking->setObjectName(QStringLiteral("trackingNumber"));
    sentForm->addRow(tr("Sent &on:"), m_sentOn);
    sentForm->addRow(tr("&Carrier:"), m_carrier);
    sentForm->addRow(tr("&Tracking number:"), m_tracking);
    m_send = new QPushButton(tr("Record the &dispatch"));
    m_send->setObjectName(QStringLiteral("recordSent"));
    sentForm->addRow(m_send);
    layout->addWidget(sent);

    auto* received = new QGroupBox(tr("Received by the CA"));
    auto* receivedForm = new QFormLayout(received);
    m_receivedOn = dateField(QStringLiteral("receivedOn"));
    receivedForm->addRow(tr("&Received on:"), m_receivedOn);
    m_receive = new QPushButton(tr("Record the &receipt"));
    m_receive->setObjectName(QStringLiteral("recordReceived"));
    receivedForm->addRow(m_receive);
    layout->addWidget(received);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("dispatchError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_send, &QPushButton::clicked, this, &PostalDispatchDialog::recordSent);
    connect(m_receive, &QPushButton::clicked, this, &PostalDispatchDialog::recordReceived);
    load();
}

void PostalDispatchDialog::load()
{
    setBusy(true);
    m_worker.run<Result<QList<PostalDispatch>>>(
        this,
        [id = m_dossierId](DossierService& service) { return dispatches(service).forDossier(id); },
        [this](Result<QList<PostalDispatch>> list) {
            setBusy(false);
            if (!list) {
                m_error->setText(list.error().message);
                return;
            }
            QStringList lines;
            const QLocale locale;
            for (const PostalDispatch& dispatch : *list) {
                QString line = tr("Sent on %1 by %2, tracking number %3.")
                                   .arg(locale.toString(dispatch.sentOn, QLocale::ShortFormat),
                                        dispatch.carrier, dispatch.trackingNumber);
                if (dispatch.receivedOn) {
                    line += QLatin1Char(' ') +
                            tr("Received by the CA on %1.")
                                .arg(locale.toString(*dispatch.receivedOn, QLocale::ShortFormat));
                }
                lines << line;
            }
            m_history->setText(lines.isEmpty() ? tr("No dispatch recorded yet.")
                                               : lines.join(QLatin1Char('\n')));
        });
}

void PostalDispatchDialog::recordSent()
{
    m_error->clear();
    setBusy(true);
    m_worker.run<Result<PostalDispatch>>(
        this,
        [id = m_dossierId, on = m_sentOn->date(), tracking = m_tracking->text().trimmed(),
         carrier = m_carrier->text().trimmed()](DossierService& service) {
            return dispatches(service).recordSent(id, on, tracking, carrier);
        },
        [this](Result<PostalDispatch> dispatch) {
            setBusy(false);
            if (!dispatch) {
                m_error->setText(dispatch.error().message);
                return;
            }
            emit recorded(m_dossierId,
                          tr("Dispatch of the originals of dossier %1 recorded.").arg(m_dossierId));
            load();
        });
}

void PostalDispatchDialog::recordReceived()
{
    m_error->clear();
    setBusy(true);
    m_worker.run<Result<PostalDispatch>>(
        this,
        [id = m_dossierId, on = m_receivedOn->date()](DossierService& service) {
            return dispatches(service).recordReceived(id, on);
        },
        [this](Result<PostalDispatch> dispatch) {
            setBusy(false);
            if (!dispatch) {
                m_error->setText(dispatch.error().message);
                return;
            }
            emit recorded(m_dossierId,
                          tr("Receipt of the originals of dossier %1 recorded.").arg(m_dossierId));
            load();
        });
}

void PostalDispatchDialog::setBusy(bool busy)
{
    m_send->setEnabled(!busy);
    m_receive->setEnabled(!busy);
}

} // namespace guichet

#include "operators/OperatorsDialog.h"

#include "operators/OperatorCertificate.h"
#include "operators/OperatorService.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"
#include "session/RoleGate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace guichet {
namespace {

using Accounts = Result<QList<OperatorAccount>>;
using Changed = Result<OperatorAccount>;

const QDate kNoDate(2000, 1, 1); // the date edit's "not recorded"

} // namespace

OperatorsDialog::OperatorsDialog(DossierWorker& worker, std::optional<OperatorAccount> actor,
                                 QWidget* parent)
    : QDialog(parent), m_worker(worker), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("operatorsDialog"));
    setWindowTitle(tr("Operators"));

    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(QStringLiteral("operatorsTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("CA registration"),
                                        tr("Organisation"), tr("Training"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("operatorRoleBox"));
    for (OperatorRole role :
         {OperatorRole::DraOperator, OperatorRole::CertificationAgent, OperatorRole::Supervisor}) {
        m_role->addItem(operatorRoleName(role), operatorRoleKey(role));
    }
    m_registration = new QLineEdit;
    m_registration->setObjectName(QStringLiteral("operatorRegistrationEdit"));
    m_organisation = new QLineEdit;
    m_organisation->setObjectName(QStringLiteral("operatorOrganisationEdit"));
    // VAL-8.3.3-14X/15X: training is refreshed yearly; the date decides identity checks.
    m_training = new QDateEdit;
    m_training->setObjectName(QStringLiteral("operatorTrainingEdit"));
    m_training->setCalendarPopup(true);
    m_training->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_training->setMinimumDate(kNoDate);
    m_training->setSpecialValueText(tr("not recorded"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("CA &registration number:"), m_registration);
    form->addRow(tr("Or&ganisation (Certification Agent):"), m_organisation);
    form->addRow(tr("Last &training:"), m_training);

    m_add = new QPushButton(tr("&Add from a certificate…"));
    m_add->setObjectName(QStringLiteral("addOperatorButton"));
    m_save = new QPushButton(tr("&Save changes"));
    m_save->setObjectName(QStringLiteral("saveOperatorButton"));
    m_deactivate = new QPushButton(tr("&Deactivate"));
    m_deactivate->setObjectName(QStringLiteral("deactivateOperatorButton"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addStretch();
    actions->addWidget(m_save);
    actions->addWidget(m_deactivate);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("operatorsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 520);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OperatorsDialog::showSelected);
    connect(m_add, &QPushButton::clicked, this, &OperatorsDialog::browseCertificate);
    connect(m_save, &QPushButton::clicked, this, &OperatorsDialog::saveSelected);
    connect(m_deactivate, &QPushButton::clicked, this, &OperatorsDialog::deactivateSelected);
    showSelected();
    reload();
}

void OperatorsDialog::reload(const QString& selectId)
{
    setBusy(true);
    m_worker.run<Accounts>(
        this,
        [](DossierService& service) -> Accounts {
            return OperatorService(service.database(), service.clock()).list();
        },
        [this, selectId](Accounts accounts) {
            setBusy(false);
            if (!accounts) {
                showError(accounts.error().message);
                return;
            }
            showAccounts(*accounts, selectId);
        });
}

void OperatorsDialog::showAccounts(const QList<guichet::OperatorAccount>& accounts,
                                   const QString& selectId)
{
    const QString keep = selectId.isEmpty() && selected() != nullptr ? selected()->id : selectId;
    m_accounts = accounts;
    m_table->setRowCount(0);
    int selectRow = -1;
    for (const OperatorAccount& account : accounts) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{account.displayName,
                                operatorRoleName(account.role),
                                account.caRegistrationNumber,
                                account.organisationName,
                                account.trainingDate.isValid()
                                    ? account.trainingDate.toString(Qt::ISODate)
                                    : tr("not recorded"),
                                account.active ? tr("active") : tr("deactivated")};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        if (account.id == keep) {
            selectRow = row;
        }
    }
    if (selectRow >= 0) {
        m_table->selectRow(selectRow);
    }
    showSelected();
    emit accountsShown();
}

const OperatorAccount* OperatorsDialog::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty() || items.first()->row() >= m_accounts.size()) {
        return nullptr;
    }
    return &m_accounts.at(items.first()->row());
}

void OperatorsDialog::showSelected()
{
    const OperatorAccount* account = selected();
    const bool editable = account != nullptr && account->active && !m_busy;
    for (QWidget* field : {static_cast<QWidget*>(m_role), static_cast<QWidget*>(m_registration),
                           static_cast<QWidget*>(m_organisation), static_cast<QWidget*>(m_training),
                           static_cast<QWidget*>(m_save), static_cast<QWidget*>(m_deactivate)}) {
        field->setEnabled(editable);
    }
    m_add->setEnabled(!m_busy);
    if (account == nullptr) {
        return;
    }
    m_role->setCurrentIndex(std::max(0, m_role->findData(operatorRoleKey(account->role))));
    m_registration->setText(account->caRegistrationNumber);
    m_organisation->setText(account->organisationName);
    m_training->setDate(account->trainingDate.isValid() ? account->trainingDate : kNoDate);
}

void OperatorsDialog::browseCertificate()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("The operator's certificate"), QString(),
                                     tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty()) {
        addFromFile(path);
    }
}

void OperatorsDialog::addFromFile(const QString& path)
{
    setBusy(true);
    m_worker.run<Changed>(
        this,
        [path, actor = m_actor](DossierService& service) -> Changed {
            auto der = OperatorCertificate::readFile(path); // I/O stays off the GUI thread
            if (!der) {
                return der.error();
            }
            NewOperator request;
            request.certificateDer = *der;
            return OperatorService(service.database(), service.clock())
                .create(request, actor ? &*actor : nullptr);
        },
        [this](Changed created) {
            setBusy(false);
            if (!created) {
                showError(created.error().message);
                return;
            }
            m_message->setStyleSheet(QString());
            m_message->setText(
                tr("%1 is registered as a DRA operator; set the role and details, then save.")
                    .arg(created->displayName));
            reload(created->id);
        });
}

void OperatorsDialog::saveSelected()
{
    const OperatorAccount* account = selected();
    if (account == nullptr) {
        return;
    }
    OperatorAccount edited = *account;
    edited.caRegistrationNumber = m_registration->text().trimmed();
    edited.organisationName = m_organisation->text().trimmed();
    edited.trainingDate = m_training->date() == kNoDate ? QDate() : m_training->date();
    const OperatorRole role =
        operatorRoleFromKey(m_role->currentData().toString()).value_or(account->role);
    setBusy(true);
    m_worker.run<Changed>(
        this,
        [edited, role, actor = m_actor](DossierService& service) -> Changed {
            OperatorService operators(service.database(), service.clock());
            const OperatorAccount* by = actor ? &*actor : nullptr;
            // Details first: a Certification Agent's organisation must be there before the
            // role asks for it.
            auto updated = operators.update(edited, by);
            if (!updated || updated->role == role) {
                return updated;
            }
            return operators.setRole(updated->id, role, updated->version, by);
        },
        [this, id = edited.id](Changed saved) {
            setBusy(false);
            if (!saved) {
                showError(saved.error().message);
                reload(id); // show what is stored now
                return;
            }
            m_message->setStyleSheet(QString());
            m_message->setText(tr("The account of %1 is saved.").arg(saved->displayName));
            reload(id);
        });
}

void OperatorsDialog::deactivateSelected()
{
    const OperatorAccount* account = selected();
    if (account == nullptr) {
        return;
    }
    setBusy(true);
    m_worker.run<Changed>(
        this,
        [id = account->id, version = account->version,
         actor = m_actor](DossierService& service) -> Changed {
            return OperatorService(service.database(), service.clock())
                .deactivate(id, version, actor ? &*actor : nullptr);
        },
        [this, id = account->id](Changed done) {
            setBusy(false);
            if (!done) {
                showError(done.error().message);
                return;
            }
            m_message->setStyleSheet(QString());
            m_message->setText(tr("The account of %1 is deactivated: that card no longer logs in.")
                                   .arg(done->displayName));
            reload(id);
        });
}

void OperatorsDialog::showError(const QString& message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setText(message);
}

void OperatorsDialog::setBusy(bool busy)
{
    m_busy = busy;
    showSelected();
}

} // namespace guichet

#include "security/PassphrasePrompt.h"

#include "security/MasterKeyUnlock.h"
#include "security/PassphraseMasterKeySource.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"
#include "session/PinField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

PassphrasePrompt::PassphrasePrompt(DossierWorker& worker, std::shared_ptr<MasterKeyUnlock> unlock,
                                   QWidget* parent)
    : QDialog(parent), m_worker(worker), m_unlock(std::move(unlock))
{
    setObjectName(QStringLiteral("passphrasePrompt"));
    setWindowTitle(tr("Unlock identity documents"));

    auto* intro = new QLabel(tr("A supervisor protected this workstation's document key with a "
                                "passphrase. Type it to store and show identity documents in "
                                "this session."));
    intro->setWordWrap(true);
    // The same guarded field as a PIN: masked, no copy, no context menu, no input history.
    m_passphrase = makePinField(QStringLiteral("passphraseEdit"), this);
    m_passphrase->setMaxLength(1024);
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("passphraseMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("passphraseProgress"));
    m_progress->setRange(0, 0); // busy: the key derivation has no steps to count
    m_progress->setFormat(tr("Checking the passphrase…"));
    m_progress->hide();

    auto* buttons = new QDialogButtonBox;
    m_ok = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("passphraseUnlockButton"));
    m_ok->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("passphraseCancelButton"));
    m_cancel->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    connect(m_ok, &QPushButton::clicked, this, &PassphrasePrompt::tryUnlock);
    connect(m_cancel, &QPushButton::clicked, this, &PassphrasePrompt::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_busy && !m_passphrase->text().isEmpty()); });
    m_ok->setEnabled(false);
    m_passphrase->setFocus();
}

PassphrasePrompt::~PassphrasePrompt()
{
    m_passphrase->clear();
}

void PassphrasePrompt::askWhenNeeded(DossierWorker& worker, std::shared_ptr<MasterKeyUnlock> unlock,
                                     QWidget* window, std::function<void()> keyUsable)
{
    enum class Ask { No, Yes };
    worker.run<Result<Ask>>(
        window,
        [unlock](DossierService& service) -> Result<Ask> {
            if (unlock->isUnlocked()) {
                return Ask::No;
            }
            auto configured = PassphraseMasterKeySource::isConfigured(service.database());
            if (!configured) {
                return configured.error();
            }
            return *configured ? Ask::Yes : Ask::No;
        },
        [&worker, unlock, window, keyUsable](const Result<Ask>& ask) {
            // A database that cannot be read says so where the window shows dossiers; the
            // documents then refuse with the same reason.
            if (!ask || *ask == Ask::No) {
                if (keyUsable) {
                    keyUsable();
                }
                return;
            }
            auto* prompt = new PassphrasePrompt(worker, unlock, window);
            if (keyUsable) {
                connect(prompt, &PassphrasePrompt::unlocked, window, keyUsable);
            }
            prompt->setAttribute(Qt::WA_DeleteOnClose);
            prompt->setWindowModality(Qt::WindowModal);
            prompt->open();
        });
}

void PassphrasePrompt::reject()
{
    if (!m_busy) {
        m_passphrase->clear();
        QDialog::reject();
    }
}

void PassphrasePrompt::tryUnlock()
{
    if (m_busy || m_passphrase->text().isEmpty()) {
        return;
    }
    // Out of the field at once; the job's copy is wiped when the job is done.
    std::shared_ptr<const SecretBytes> passphrase = takePin(m_passphrase);
    setBusy(true);
    auto unlock = m_unlock;
    m_worker.run<Status>(
        this,
        [unlock, passphrase](DossierService& service) {
            return unlock->unlock(service.database(), *passphrase);
        },
        [this](const Status& done) {
            setBusy(false);
            if (!done) {
                m_message->setText(done.error().message);
                m_passphrase->setFocus();
                return;
            }
            emit unlocked();
            accept();
        });
}

void PassphrasePrompt::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_ok->setEnabled(!busy && !m_passphrase->text().isEmpty());
    if (busy) {
        m_message->clear();
    }
}

} // namespace guichet

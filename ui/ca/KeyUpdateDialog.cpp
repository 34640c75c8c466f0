#include "ca/KeyUpdateDialog.h"

#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"
#include "token/TokenWorker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <memory>

namespace guichet {
namespace {

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

KeyUpdateDialog::KeyUpdateDialog(TokenWorker& tokens, KeyUpdateCaConfig config, qint64 dossierId,
                                 QWidget* parent)
    : QDialog(parent), m_tokens(tokens), m_config(std::move(config)), m_dossierId(dossierId)
{
    setObjectName(QStringLiteral("keyUpdateDialog"));
    setWindowTitle(tr("Key update of dossier %1").arg(dossierId));
    m_token = new QComboBox(this);
    m_token->setObjectName(QStringLiteral("keyUpdateToken"));
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("keyUpdatePin"));
    // The holder's secret: never shown, copied or offered to a context menu.
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setContextMenuPolicy(Qt::NoContextMenu);
    m_pin->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("keyUpdateProgress"));
    m_progress->setRange(0, TokenKeyUpdate::kSteps);
    m_progress->setValue(0);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("keyUpdateStep"));
    m_error = wrapped(QString(), this);
    m_error->setObjectName(QStringLiteral("keyUpdateError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    m_result = wrapped(QString(), this);
    m_result->setObjectName(QStringLiteral("keyUpdateResult"));
    m_result->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(tr("&Run the key update"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("keyUpdateRun"));
    m_run->setEnabled(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("keyUpdateCancel"));
    connect(m_run, &QPushButton::clicked, this, &KeyUpdateDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &KeyUpdateDialog::cancelOrClose);
    connect(m_pin, &QLineEdit::returnPressed, this, &KeyUpdateDialog::start);
    connect(&m_tokens, &TokenWorker::progress, this, [this](const QString& step, int done, int) {
        if (m_running) {
            m_step->setText(step);
            m_progress->setValue(done);
        }
    });

    auto* form = new QFormLayout;
    form->addRow(tr("Holder's &token:"), m_token);
    form->addRow(tr("Holder's &PIN:"), m_pin);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(
        tr("A new key pair is generated on the holder's token; the request is signed with the "
           "key of the certificate being renewed, and the new certificate is written on the "
           "token (RFC 9483 4.1.3)."),
        this));
    layout->addWidget(wrapped(tr("<b>Operator: turn the screen towards the holder and look away. "
                                 "Holder: type the PIN of your token.</b>"),
                              this));
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    listTokens();
}

KeyUpdateDialog::~KeyUpdateDialog()
{
    m_pin->clear();
}

void KeyUpdateDialog::listTokens()
{
    m_tokens.run<Result<QList<TokenInfo>>>(
        this,
        [](const Pkcs11Module& module, const TokenProgress&) -> Result<QList<TokenInfo>> {
            auto present = module.slotList(true);
            if (!present) {
                return present.error();
            }
            QList<TokenInfo> tokens;
            for (CK_SLOT_ID slot : std::as_const(*present)) {
                if (auto info = TokenSlot::inspect(module, slot); info && info->initialised) {
                    tokens.append(*info);
                }
            }
            return tokens;
        },
        [this](Result<QList<TokenInfo>> tokens) {
            if (!tokens) {
                m_error->setText(tokens.error().message);
                m_error->show();
                return;
            }
            for (const TokenInfo& token : std::as_const(*tokens)) {
                m_token->addItem(
                    tr("%1 (%2, serial %3)")
                        .arg(token.label.trimmed(), token.model.trimmed(), token.serial),
                    token.serial);
            }
            if (tokens->isEmpty()) {
                m_error->setText(tr("No token is present: insert the holder's token."));
                m_error->show();
            }
            m_run->setEnabled(!tokens->isEmpty());
        });
}

void KeyUpdateDialog::start()
{
    if (m_running || m_token->currentIndex() < 0) {
        return;
    }
    // The PIN leaves the edit once, into SecretBytes, and the edit is emptied.
    auto pin = std::make_shared<const SecretBytes>(SecretBytes::copyOf(m_pin->text().toUtf8()));
    m_pin->clear();
    m_running = true;
    m_run->setEnabled(false);
    m_token->setEnabled(false);
    m_pin->setEnabled(false);
    m_error->hide();
    m_progress->setValue(0);
    const QString serial = m_token->currentData().toString();
    m_tokens.run<Result<TokenKeyUpdateResult>>(
        this,
        [config = m_config, id = m_dossierId, serial, pin](const Pkcs11Module& module,
                                                           const TokenProgress& progress) {
            return KeyUpdateJob::run(module, config, id, serial, *pin, progress);
        },
        [this](Result<TokenKeyUpdateResult> result) { finish(result); });
}

void KeyUpdateDialog::finish(const Result<TokenKeyUpdateResult>& result)
{
    m_running = false;
    if (!result) {
        m_error->setText(result.error().message);
        m_error->show();
        m_step->clear();
        m_progress->setValue(0);
        m_run->setEnabled(true);
        m_token->setEnabled(true);
        m_pin->setEnabled(true);
        emit stopped(m_dossierId);
        return;
    }
    m_progress->setValue(TokenKeyUpdate::kSteps);
    m_result->setText(tr("Certificate %1 is on the holder's token and in dossier %2.")
                          .arg(result->serialHex)
                          .arg(m_dossierId));
    m_result->show();
    m_cancel->setText(tr("&Close"));
    emit updated(m_dossierId, result->serialHex);
}

void KeyUpdateDialog::cancelOrClose()
{
    if (m_running) {
        // Stops at the next step; a request already sent is answered and stored all the same.
        m_step->setText(tr("Cancelling…"));
        m_tokens.cancel();
        return;
    }
    if (m_result->isVisible()) {
        accept();
    } else {
        reject();
    }
}

} // namespace guichet

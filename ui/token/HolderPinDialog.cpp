#include "token/HolderPinDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace guichet {
namespace {

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// A PIN field from which nothing can be read back: password echo (which Qt never copies to
// the clipboard), no context menu, no drag, no input method that could keep history.
QLineEdit* pinEdit(const QString& objectName, std::size_t maxLength, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    edit->setDragEnabled(false);
    edit->setAcceptDrops(false);
    edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    edit->setMaxLength(static_cast<int>(std::min<std::size_t>(maxLength, 256)));
    return edit;
}

} // namespace

HolderPinDialog::HolderPinDialog(const PinPolicy& policy, bool pinpad, QWidget* parent)
    : QDialog(parent), m_policy(policy), m_pinpad(pinpad)
{
    setObjectName(QStringLiteral("holderPinDialog"));
    setWindowTitle(tr("Holder's PIN"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(makeTurnPage());
    m_pages->addWidget(pinpad ? makePinpadPage() : makePinPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
}

HolderPinDialog::~HolderPinDialog()
{
    clearEdits();
}

QWidget* HolderPinDialog::makeTurnPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* title = wrapped(tr("<b>The holder chooses the PIN</b>"), page);
    layout->addWidget(title);
    layout->addWidget(
        wrapped(tr("Operator: turn the screen (or the PIN pad) towards the holder and look "
                   "away. You must never see the PIN (RGS)."),
                page));
    auto* buttons = new QDialogButtonBox(page);
    auto* ready = buttons->addButton(tr("The holder is ready"), QDialogButtonBox::AcceptRole);
    ready->setObjectName(QStringLiteral("holderReadyButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &HolderPinDialog::showEntry);
    connect(buttons, &QDialogButtonBox::rejected, this, &HolderPinDialog::reject);
    layout->addStretch();
    layout->addWidget(buttons);
    return page;
}

QWidget* HolderPinDialog::makePinPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(wrapped(tr("Holder: choose your PIN and type it twice."), page));
    const QString length =
        m_policy.minLength() == m_policy.maxLength()
            ? tr("exactly %1 characters").arg(m_policy.minLength())
            : tr("%1 to %2 characters").arg(m_policy.minLength()).arg(m_policy.maxLength());
    auto* rules = wrapped(m_policy.digitsOnly()
                              ? tr("The PIN: %1, digits only; not one digit repeated, nor a "
                                   "run such as 123456.")
                                    .arg(length)
                              : tr("The PIN: %1; not one character repeated, nor a run such "
                                   "as 123456.")
                                    .arg(length),
                          page);
    rules->setObjectName(QStringLiteral("holderPinPolicy"));
    layout->addWidget(rules);
    auto* form = new QFormLayout;
    m_edit = pinEdit(QStringLiteral("holderPin"), m_policy.maxLength(), page);
    m_confirm = pinEdit(QStringLiteral("holderPinConfirm"), m_policy.maxLength(), page);
    form->addRow(tr("PIN:"), m_edit);
    form->addRow(tr("PIN again:"), m_confirm);
    layout->addLayout(form);
    m_message = wrapped(QString(), page);
    m_message->setObjectName(QStringLiteral("holderPinMessage"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(page);
    m_accept = buttons->addButton(tr("Use this PIN"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("holderPinAccept"));
    m_accept->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &HolderPinDialog::acceptPin);
    connect(buttons, &QDialogButtonBox::rejected, this, &HolderPinDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &HolderPinDialog::check);
    connect(m_confirm, &QLineEdit::textChanged, this, &HolderPinDialog::check);
    connect(m_confirm, &QLineEdit::returnPressed, this, [this] {
        if (m_accept->isEnabled()) {
            acceptPin();
        }
    });
    layout->addWidget(buttons);
    return page;
}

QWidget* HolderPinDialog::makePinpadPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* text = wrapped(tr("Holder: the PIN is entered on the reader's keypad, not here. "
                            "When the reader asks, type your new PIN there, then confirm it."),
                         page);
    text->setObjectName(QStringLiteral("holderPinpadMessage"));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(page);
    auto* go = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("holderPinAccept"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &HolderPinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HolderPinDialog::reject);
    layout->addStretch();
    layout->addWidget(buttons);
    return page;
}

void HolderPinDialog::showEntry()
{
    m_pages->setCurrentIndex(1);
    if (m_edit) {
        m_edit->setFocus();
    }
}

SecretBytes HolderPinDialog::typed(QLineEdit* edit) const
{
    QByteArray bytes = edit->text().toUtf8();
    return SecretBytes::takeFrom(bytes);
}

void HolderPinDialog::check()
{
    const SecretBytes pin = typed(m_edit);
    const SecretBytes again = typed(m_confirm);
    QString problem;
    if (!pin.isEmpty()) {
        // The policy's messages never contain the PIN itself.
        if (Status fit = m_policy.check(pin); !fit) {
            problem = fit.error().message;
        } else if (again.size() >= pin.size() && !pin.equals(again)) {
            problem = tr("The two PINs differ.");
        }
    }
    m_message->setText(problem);
    m_accept->setEnabled(problem.isEmpty() && !pin.isEmpty() && pin.equals(again));
}

void HolderPinDialog::acceptPin()
{
    SecretBytes pin = typed(m_edit);
    const SecretBytes again = typed(m_confirm);
    if (Status fit = m_policy.checkWithConfirmation(pin, again); !fit) {
        m_message->setText(fit.error().message);
        return;
    }
    m_pin = std::move(pin);
    clearEdits();
    accept();
}

void HolderPinDialog::clearEdits()
{
    // QLineEdit keeps its text in a QString that cannot be wiped in place: it is dropped at
    // once, and the only lasting copy is the SecretBytes.
    for (QLineEdit* edit : {m_edit, m_confirm}) {
        if (edit) {
            edit->clear();
        }
    }
}

SecretBytes HolderPinDialog::takePin()
{
    return std::move(m_pin);
}

} // namespace guichet

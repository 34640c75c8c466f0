#include "session/LoginDialog.h"

#include "session/PinField.h"
#include "session/SessionWorker.h"
#include "token/PinPolicy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

LoginDialog::LoginDialog(SessionWorker& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Operator login"));

    auto* intro = new QLabel(tr("Insert your operator card in a reader, choose it, and type "
                                "its PIN."));
    intro->setWordWrap(true);
    m_tokenBox = new QComboBox;
    m_tokenBox->setObjectName(QStringLiteral("loginTokenCombo"));
    m_refresh = new QPushButton(tr("&Refresh"));
    m_refresh->setObjectName(QStringLiteral("loginRefreshButton"));
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenBox, 1);
    tokenRow->addWidget(m_refresh);
    m_pin = makePinField(QStringLiteral("loginPinEdit"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("Operator &card:"), tokenRow);
    form->addRow(tr("&PIN:"), m_pin);

    m_training = new QGroupBox(tr("Training operator card"));
    m_training->setObjectName(QStringLiteral("trainingCardGroup"));
    auto* trainingText =
        new QLabel(tr("No operator is registered yet. In training mode Guichet can create a "
                      "training operator card (a SoftHSM2 token with a certificate from the "
                      "training CA) and register you as its supervisor. Choose its PIN."));
    trainingText->setWordWrap(true);
    m_newName = new QLineEdit;
    m_newName->setObjectName(QStringLiteral("trainingNameEdit"));
    m_newPin = makePinField(QStringLiteral("trainingPinEdit"), this);
    m_newPinAgain = makePinField(QStringLiteral("trainingPinConfirmEdit"), this);
    m_createCard = new QPushButton(tr("Create the training &card"));
    m_createCard->setObjectName(QStringLiteral("createTrainingCardButton"));
    auto* trainingForm = new QFormLayout;
    trainingForm->addRow(tr("Your &name:"), m_newName);
    trainingForm->addRow(tr("New PIN:"), m_newPin);
    trainingForm->addRow(tr("New PIN again:"), m_newPinAgain);
    auto* trainingLayout = new QVBoxLayout(m_training);
    trainingLayout->addWidget(trainingText);
    trainingLayout->addLayout(trainingForm);
    trainingLayout->addWidget(m_createCard, 0, Qt::AlignRight);
    m_training->hide();

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("loginProgress"));
    m_progress->setRange(0, 0); // busy: a card login has no steps to count
    m_progress->hide();

    auto* buttons = new QDialogButtonBox;
    m_login = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("loginCancelButton"));
    // Return always means "log in": no other button takes the default when it gets the
    // focus (as Cancel would while the fields are disabled during a check).
    for (QPushButton* other : {m_refresh, m_cancel, m_createCard}) {
        other->setAutoDefault(false);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_training);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_refresh, &QPushButton::clicked, this, &LoginDialog::refresh);
    connect(m_login, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(m_cancel, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_pin, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_tokenBox, &QComboBox::currentIndexChanged, this, &LoginDialog::updateButtons);
    connect(m_createCard, &QPushButton::clicked, this, &LoginDialog::createTrainingCard);
    connect(&m_session, &SessionWorker::tokensListed, this, &LoginDialog::showTokens);
    connect(&m_session, &SessionWorker::accountsChecked, this, &LoginDialog::showAccounts);
    connect(&m_session, &SessionWorker::loginFailed, this, &LoginDialog::onLoginFailed);
    connect(&m_session, &SessionWorker::loggedIn, this, [this] {
        setBusy(false);
        accept();
    });
    connect(&m_session, &SessionWorker::trainingCardCreated, this, [this](const QString& serial) {
        setBusy(false);
        m_training->hide();
        m_preferredSerial = serial;
        showMessage(tr("The training operator card %1 is ready: log in with it.").arg(serial),
                    false);
        refresh();
        m_pin->setFocus();
    });
    connect(&m_session, &SessionWorker::trainingCardFailed, this, [this](const QString& text) {
        setBusy(false);
        showMessage(text, true);
    });

    if (m_session.isStarted()) {
        refresh();
    } else {
        connect(&m_session, &SessionWorker::ready, this, &LoginDialog::onReady,
                Qt::SingleShotConnection);
        setBusy(true, tr("Loading the card reader module…"));
        m_session.start();
    }
    m_pin->setFocus();
    updateButtons();
}

LoginDialog::~LoginDialog()
{
    m_pin->clear();
    m_newPin->clear();
    m_newPinAgain->clear();
}

void LoginDialog::onReady(bool ok, const QString& message)
{
    setBusy(false);
    if (!ok) {
        showMessage(tr("The operator cards cannot be read: %1").arg(message), true);
        return;
    }
    refresh();
}

void LoginDialog::refresh()
{
    if (!m_session.isStarted()) {
        return;
    }
    setBusy(true, tr("Looking for operator cards…"));
    m_session.listTokens();
    m_session.checkAccounts();
}

void LoginDialog::showTokens(const QList<guichet::TokenInfo>& tokens)
{
    setBusy(false);
    const QString previous =
        m_preferredSerial.isEmpty() ? m_tokenBox->currentData().toString() : m_preferredSerial;
    m_tokens = tokens;
    m_tokenBox->clear();
    for (const TokenInfo& token : tokens) {
        m_tokenBox->addItem(tr("%1 (%2, serial %3)").arg(token.label, token.model, token.serial),
                            token.serial);
    }
    if (tokens.isEmpty()) {
        showMessage(tr("No card found. Insert your operator card, then choose Refresh."), true);
    } else if (m_message->property("error").toBool()) {
        m_message->clear();
    }
    if (const int index = m_tokenBox->findData(previous); index >= 0) {
        m_tokenBox->setCurrentIndex(index);
    }
    updateButtons();
}

void LoginDialog::showAccounts(bool anyAccount, bool trainingCardPossible)
{
    m_training->setVisible(!anyAccount && trainingCardPossible);
}

void LoginDialog::logIn()
{
    if (m_busy || m_tokenBox->currentIndex() < 0 || m_pin->text().isEmpty()) {
        return;
    }
    const QString serial = m_tokenBox->currentData().toString();
    auto pin = takePin(m_pin);
    setBusy(true, tr("Checking the card and its certificate…"));
    m_session.login(serial, std::move(pin));
}

void LoginDialog::createTrainingCard()
{
    const QString name = m_newName->text().simplified();
    if (name.isEmpty()) {
        showMessage(tr("Type your name: it goes on the training card's certificate."), true);
        m_newName->setFocus();
        return;
    }
    auto pin = takePin(m_newPin);
    auto again = takePin(m_newPinAgain);
    if (Status valid = PinPolicy().checkWithConfirmation(*pin, *again); !valid) {
        showMessage(valid.error().message, true);
        m_newPin->setFocus();
        return;
    }
    setBusy(true, tr("Creating the training operator card…"));
    m_session.createTrainingCard(name, std::move(pin));
}

void LoginDialog::onLoginFailed(const QString& message)
{
    setBusy(false);
    showMessage(message, true);
    m_pin->setFocus();
}

void LoginDialog::reject()
{
    if (m_busy) {
        m_session.cancelLogin(); // a login that still succeeds is closed on the worker
    }
    QDialog::reject();
}

void LoginDialog::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy) {
        showMessage(what, false);
    }
    m_tokenBox->setEnabled(!busy);
    m_refresh->setEnabled(!busy);
    m_pin->setEnabled(!busy);
    m_createCard->setEnabled(!busy);
    updateButtons();
    if (!busy) {
        m_login->setDefault(true);
        if (!m_training->isVisible()) {
            m_pin->setFocus();
        }
    }
}

void LoginDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void LoginDialog::updateButtons()
{
    m_login->setEnabled(!m_busy && m_tokenBox->currentIndex() >= 0 && !m_pin->text().isEmpty());
}

} // namespace guichet

#include "DossierForm.h"

#include "domain/ProductCatalogue.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace guichet {
namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

// Dates as people type them at a French or British desk, and the ISO form.
QDate parseDate(const QString& text)
{
    static const QStringList formats{kDateFormat, QStringLiteral("d/M/yyyy"),
                                     QStringLiteral("dd.MM.yyyy"), QStringLiteral("dd-MM-yyyy"),
                                     QStringLiteral("yyyy-MM-dd")};
    for (const QString& format : formats) {
        const QDate date = QDate::fromString(text.trimmed(), format);
        if (date.isValid()) {
            return date;
        }
    }
    return {};
}

// Leaves an unchanged field alone, so that its cursor stays where the operator left it.
void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        edit->setText(text);
    }
}

// Labels beside their fields when there is room, above them when the editor is narrow.
QFormLayout* formLayout(QWidget* group)
{
    auto* form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

void selectData(QComboBox* combo, const QString& data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

} // namespace

DossierForm::DossierForm(const ProductCatalogue& catalogue, QString language, QWidget* parent)
    : QWidget(parent), m_catalogue(catalogue), m_language(std::move(language))
{
    setObjectName(QStringLiteral("dossierForm"));
    m_otherProblems = new QLabel;
    m_otherProblems->setObjectName(QStringLiteral("otherProblemsLabel"));
    m_otherProblems->setWordWrap(true);
    m_otherProblems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_otherProblems->hide();

    // Built in reading order, which is also the tab order.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_otherProblems);
    layout->addWidget(certificateGroup());
    layout->addWidget(holderGroup());
    layout->addWidget(organisationGroup());
    layout->addWidget(subscriberGroup());
    layout->addStretch(1);
}

QWidget* DossierForm::certificateGroup()
{
    auto* group = new QGroupBox(tr("Certificate"));
    auto* form = formLayout(group);
    m_product = new QComboBox;
    m_product->setObjectName(QStringLiteral("productCombo"));
    m_product->addItem(tr("Choose a product…"), QString());
    for (const Product& product : m_catalogue.products()) {
        m_product->addItem(product.name.in(m_language), product.id);
    }
    m_usage = new QComboBox;
    m_usage->setObjectName(QStringLiteral("usageCombo"));
    m_useCase = new QComboBox;
    m_useCase->setObjectName(QStringLiteral("useCaseCombo"));
    for (QComboBox* combo : {m_product, m_usage, m_useCase}) {
        // Long product names must not widen the form; the open list shows them whole.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_orderRef = lineEdit(QStringLiteral("orderRefEdit"), QStringLiteral("orderReference"));
    m_orderRef->setMaxLength(64);
    m_orderRef->setPlaceholderText(tr("As given by the CA, if any"));
    form->addRow(tr("&Product:"), withErrorLabel(m_product, QStringLiteral("productId")));
    form->addRow(tr("&Usage:"), withErrorLabel(m_usage, QStringLiteral("usage")));
    form->addRow(tr("Use &case (optional):"),
                 withErrorLabel(m_useCase, QStringLiteral("useCaseId")));
    form->addRow(tr("Order &reference:"),
                 withErrorLabel(m_orderRef, QStringLiteral("orderReference")));
    fillUsages({});
    fillUseCases({});

    connect(m_product, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            fillUsages(m_usage->currentData().toString());
            fillUseCases(m_useCase->currentData().toString());
            onEdited(QStringLiteral("productId"));
        }
    });
    connect(m_usage, &QComboBox::currentIndexChanged, this,
            [this] { onEdited(QStringLiteral("usage")); });
    connect(m_useCase, &QComboBox::currentIndexChanged, this,
            [this] { onEdited(QStringLiteral("useCaseId")); });
    return group;
}

QWidget* DossierForm::holderGroup()
{
    auto* group = new QGroupBox(tr("Holder (as written on the identity document)"));
    auto* form = formLayout(group);
    m_surnames = lineEdit(QStringLiteral("surnamesEdit"), QStringLiteral("holder.surnames"));
    m_givenNames = lineEdit(QStringLiteral("givenNamesEdit"), QStringLiteral("holder.givenNames"));
    m_birthDate = lineEdit(QStringLiteral("birthDateEdit"), QStringLiteral("holder.birthDate"));
    m_birthDate->setPlaceholderText(tr("DD/MM/YYYY"));
    m_birthPlace = lineEdit(QStringLiteral("birthPlaceEdit"), QStringLiteral("holder.birthPlace"));
    m_email = lineEdit(QStringLiteral("emailEdit"), QStringLiteral("holder.email"));
    m_phone = lineEdit(QStringLiteral("phoneEdit"), QStringLiteral("holder.phone"));
    form->addRow(tr("&Surnames:"), withErrorLabel(m_surnames, QStringLiteral("holder.surnames")));
    form->addRow(tr("&Given names:"),
                 withErrorLabel(m_givenNames, QStringLiteral("holder.givenNames")));
    form->addRow(tr("&Date of birth:"),
                 withErrorLabel(m_birthDate, QStringLiteral("holder.birthDate")));
    form->addRow(tr("Place of &birth:"), m_birthPlace);
    form->addRow(tr("E&mail:"), withErrorLabel(m_email, QStringLiteral("holder.email")));
    form->addRow(tr("P&hone:"), withErrorLabel(m_phone, QStringLiteral("holder.phone")));
    m_address = addAddress(form, {}, QStringLiteral("holder.address"));
    return group;
}

QWidget* DossierForm::organisationGroup()
{
    m_organisation = new QGroupBox(tr("Acting for an &organisation"));
    m_organisation->setObjectName(QStringLiteral("organisationGroup"));
    m_organisation->setCheckable(true);
    m_organisation->setChecked(false);
    auto* form = formLayout(m_organisation);
    m_orgName = lineEdit(QStringLiteral("orgNameEdit"), QStringLiteral("organisation.name"));
    m_orgLegalForm =
        lineEdit(QStringLiteral("orgLegalFormEdit"), QStringLiteral("organisation.legalForm"));
    m_orgLegalForm->setPlaceholderText(tr("SAS, SARL, association…"));
    m_orgId = lineEdit(QStringLiteral("orgIdEdit"), QStringLiteral("organisation.registrationId"));
    m_orgId->setPlaceholderText(tr("9 digits (SIREN) or 14 digits (SIRET)"));
    form->addRow(tr("N&ame:"), withErrorLabel(m_orgName, QStringLiteral("organisation.name")));
    form->addRow(tr("&Legal form:"), m_orgLegalForm);
    form->addRow(tr("SIREN / S&IRET:"),
                 withErrorLabel(m_orgId, QStringLiteral("organisation.registrationId")));
    m_orgAddress = addAddress(form, QStringLiteral("org"), QStringLiteral("organisation.address"));
    connect(m_organisation, &QGroupBox::toggled, this,
            [this] { onEdited(QStringLiteral("organisation")); });
    // The "organisation required" problem sits under the group, which may be switched off.
    return withErrorLabel(m_organisation, QStringLiteral("organisation"));
}

QWidget* DossierForm::subscriberGroup()
{
    auto* group = new QGroupBox(tr("Subscriber / legal representative"));
    auto* form = formLayout(group);
    m_subSurnames =
        lineEdit(QStringLiteral("subscriberSurnamesEdit"), QStringLiteral("subscriber.surnames"));
    m_subGivenNames = lineEdit(QStringLiteral("subscriberGivenNamesEdit"),
                               QStringLiteral("subscriber.givenNames"));
    m_subTitle =
        lineEdit(QStringLiteral("subscriberTitleEdit"), QStringLiteral("subscriber.title"));
    m_subTitle->setPlaceholderText(tr("Function in the organisation"));
    m_subEmail =
        lineEdit(QStringLiteral("subscriberEmailEdit"), QStringLiteral("subscriber.email"));
    form->addRow(tr("Surnames:"), m_subSurnames);
    form->addRow(tr("Given names:"), m_subGivenNames);
    form->addRow(tr("Title:"), m_subTitle);
    form->addRow(tr("Email:"), withErrorLabel(m_subEmail, QStringLiteral("subscriber.email")));
    return group;
}

QLineEdit* DossierForm::lineEdit(const QString& objectName, const QString& key)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    m_editors.insert(key, edit);
    connect(edit, &QLineEdit::textChanged, this, [this, key] { onEdited(key); });
    return edit;
}

QWidget* DossierForm::withErrorLabel(QWidget* editor, const QString& key)
{
    auto* error = new QLabel;
    error->setObjectName(key + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->hide();
    m_errorLabels.insert(key, error);
    m_editors.insert(key, editor);
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(error);
    box->setFocusProxy(editor); // the row's label mnemonic reaches the editor
    return box;
}

DossierForm::AddressEdits DossierForm::addAddress(QFormLayout* form, const QString& prefix,
                                                  const QString& key)
{
    auto name = [&prefix](const QString& field) {
        return prefix.isEmpty() ? field.at(0).toLower() + field.mid(1) : prefix + field;
    };
    AddressEdits edits;
    edits.street = lineEdit(name(QStringLiteral("StreetEdit")), key);
    edits.postalCode = lineEdit(name(QStringLiteral("PostalCodeEdit")), key);
    edits.postalCode->setMaximumWidth(fontMetrics().horizontalAdvance(u'0') * 10);
    edits.postalCode->setPlaceholderText(tr("Postal code"));
    edits.city = lineEdit(name(QStringLiteral("CityEdit")), key);
    edits.city->setPlaceholderText(tr("City"));
    edits.country = lineEdit(name(QStringLiteral("CountryEdit")), key);
    edits.country->setMaxLength(2);
    edits.country->setMaximumWidth(fontMetrics().horizontalAdvance(u'W') * 5);
    edits.country->setToolTip(tr("Two-letter country code (FR, BE, …)"));
    auto* cityRow = new QHBoxLayout;
    cityRow->addWidget(edits.postalCode);
    cityRow->addWidget(edits.city, 1);
    cityRow->addWidget(edits.country);
    form->addRow(tr("Street:"), edits.street);
    form->addRow(tr("Postal code, city, country:"), cityRow);
    return edits;
}

void DossierForm::setAddress(const AddressEdits& edits, const PostalAddress& address)
{
    setText(edits.street, address.street);
    setText(edits.postalCode, address.postalCode);
    setText(edits.city, address.city);
    setText(edits.country, address.country);
}

PostalAddress DossierForm::address(const AddressEdits& edits)
{
    return {edits.street->text().trimmed(), edits.postalCode->text().trimmed(),
            edits.city->text().trimmed(), edits.country->text().trimmed().toUpper()};
}

void DossierForm::fillUsages(const QString& keep)
{
    const QSignalBlocker blocker(m_usage);
    m_usage->clear();
    const Product* product = m_catalogue.product(m_product->currentData().toString());
    const QStringList usages = product ? product->usages : QStringList();
    if (usages.size() != 1) {
        m_usage->addItem(product ? tr("Choose a usage…") : tr("Choose a product first"), QString());
    }
    for (const QString& usage : usages) {
        m_usage->addItem(m_catalogue.usageName(usage, m_language), usage);
    }
    selectData(m_usage, keep);
}

void DossierForm::fillUseCases(const QString& keep)
{
    const QSignalBlocker blocker(m_useCase);
    m_useCase->clear();
    m_useCase->addItem(tr("None"), QString());
    const QString productId = m_product->currentData().toString();
    for (const UseCase& use : m_catalogue.useCases()) {
        // Only the uses this product serves, and whatever the dossier already says.
        if (use.productIds.contains(productId) || use.id == keep) {
            m_useCase->addItem(use.name.in(m_language), use.id);
        }
    }
    selectData(m_useCase, keep);
}

void DossierForm::setDossier(const Dossier& dossier)
{
    m_filling = true;
    selectData(m_product, dossier.productId);
    fillUsages(dossier.usage);
    fillUseCases(dossier.useCaseId);
    setText(m_orderRef, dossier.orderReference);
    const Holder& holder = dossier.holder;
    setText(m_surnames, holder.surnames);
    setText(m_givenNames, holder.givenNames);
    setText(m_birthDate,
            holder.birthDate.isValid() ? holder.birthDate.toString(kDateFormat) : QString());
    setText(m_birthPlace, holder.birthPlace);
    setText(m_email, holder.email);
    setText(m_phone, holder.phone);
    setAddress(m_address, holder.address);
    const Organisation organisation = dossier.organisation.value_or(
        Organisation{{}, {}, {}, PostalAddress{{}, {}, {}, QStringLiteral("FR")}});
    m_organisation->setChecked(dossier.organisation.has_value());
    setText(m_orgName, organisation.name);
    setText(m_orgLegalForm, organisation.legalForm);
    setText(m_orgId, organisation.registrationId);
    setAddress(m_orgAddress, organisation.address);
    setText(m_subSurnames, dossier.subscriber.surnames);
    setText(m_subGivenNames, dossier.subscriber.givenNames);
    setText(m_subTitle, dossier.subscriber.title);
    setText(m_subEmail, dossier.subscriber.email);
    m_touched.clear();
    m_filling = false;
}

void DossierForm::writeTo(Dossier& dossier) const
{
    dossier.productId = m_product->currentData().toString();
    dossier.usage = m_usage->currentData().toString();
    dossier.useCaseId = m_useCase->currentData().toString();
    dossier.orderReference = m_orderRef->text().trimmed();
    Holder& holder = dossier.holder;
    holder.surnames = m_surnames->text().trimmed();
    holder.givenNames = m_givenNames->text().trimmed();
    holder.birthDate = parseDate(m_birthDate->text());
    holder.birthPlace = m_birthPlace->text().trimmed();
    holder.email = m_email->text().trimmed();
    holder.phone = m_phone->text().trimmed();
    holder.address = address(m_address);
    if (m_organisation->isChecked()) {
        dossier.organisation =
            Organisation{m_orgName->text().trimmed(), m_orgLegalForm->text().trimmed(),
                         m_orgId->text().trimmed(), address(m_orgAddress)};
    } else {
        dossier.organisation.reset();
    }
    dossier.subscriber =
        Subscriber{m_subSurnames->text().trimmed(), m_subGivenNames->text().trimmed(),
                   m_subTitle->text().trimmed(), m_subEmail->text().trimmed()};
}

QList<FieldProblem> DossierForm::inputProblems() const
{
    QList<FieldProblem> problems;
    if (!m_birthDate->text().trimmed().isEmpty() && !parseDate(m_birthDate->text()).isValid()) {
        problems.append({QStringLiteral("holder.birthDate"),
                         tr("Write the date as DD/MM/YYYY, for example 31/12/1980.")});
    }
    return problems;
}

void DossierForm::showProblems(const QList<FieldProblem>& problems, bool all)
{
    QHash<QString, QStringList> byField;
    QStringList others;
    for (const FieldProblem& problem : problems) {
        if (m_errorLabels.contains(problem.field)) {
            byField[problem.field].append(problem.message);
        } else if (all) {
            others.append(problem.message);
        }
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const bool shown = byField.contains(it.key()) && (all || m_touched.contains(it.key()));
        it.value()->setText(shown ? byField.value(it.key()).join(u'\n') : QString());
        it.value()->setVisible(shown);
    }
    m_otherProblems->setText(others.join(u'\n'));
    m_otherProblems->setVisible(!others.isEmpty());
}

void DossierForm::focusField(const QString& key)
{
    if (QWidget* editor = m_editors.value(key)) {
        editor->setFocus(Qt::OtherFocusReason);
    }
}

void DossierForm::focusFirstField()
{
    m_product->setFocus(Qt::OtherFocusReason);
}

void DossierForm::onEdited(const QString& key)
{
    if (m_filling) {
        return;
    }
    m_touched.insert(key);
    if (key == u"productId") {
        m_touched.insert(QStringLiteral("organisation")); // the product may require one
    }
    emit edited();
}

} // namespace guichet

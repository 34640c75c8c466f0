#include "forms/InterventionFormBuilder.h"

#include "documents/DocumentType.h"
#include "domain/ProductCatalogue.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "identity/MrzParser.h"

#include <QLocale>

namespace guichet {

namespace {

// The words of one form: the template's texts in one language, and its date formats.
class FormWords {
public:
    FormWords(const FormTemplate& formTemplate, QString language)
        : m_template(formTemplate), m_language(std::move(language)), m_locale(m_language)
    {
    }

    QString text(const QString& key) const { return m_template.text(key, m_language); }
    QString date(QDate date) const
    {
        return date.isValid() ? m_locale.toString(date, text(QStringLiteral("dateFormat")))
                              : QString();
    }
    QString dateTime(const QDateTime& at) const
    {
        return m_locale.toString(at.date(), text(QStringLiteral("dateFormat"))) + u' ' +
               m_locale.toString(at.time(), text(QStringLiteral("timeFormat")));
    }
    QString yesNo(bool value) const
    {
        return text(value ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    QString decision(const MeetingDecision* decision) const
    {
        return decision ? yesNo(decision->value) : text(QStringLiteral("notRecorded"));
    }
    QString role(OperatorRole role) const
    {
        switch (role) {
        case OperatorRole::DraOperator:
            return text(QStringLiteral("roleDraOperator"));
        case OperatorRole::CertificationAgent:
            return text(QStringLiteral("roleCertificationAgent"));
        case OperatorRole::Supervisor:
            return text(QStringLiteral("roleSupervisor"));
        }
        return {};
    }
    QString documentType(DocumentType type) const
    {
        const QString key = QStringLiteral("documentType.") + DocumentTypes::key(type);
        const QString named = m_template.texts.contains(key) ? text(key) : QString();
        return named.isEmpty() ? DocumentTypes::displayName(type) : named;
    }
    const QString& language() const { return m_language; }

private:
    const FormTemplate& m_template;
    QString m_language;
    QLocale m_locale;
};

QString joinAddress(const PostalAddress& address)
{
    QStringList parts;
    if (!address.street.isEmpty()) {
        parts << address.street;
    }
    const QString city = QStringList{address.postalCode, address.city}.join(u' ').trimmed();
    if (!city.isEmpty()) {
        parts << city;
    }
    if (!address.country.isEmpty() && !parts.isEmpty()) {
        parts << address.country;
    }
    return parts.join(QStringLiteral(", "));
}

QString mrzSummary(const Meeting& meeting, const FormWords& words)
{
    if (meeting.document.mrzLines.isEmpty()) {
        return words.text(QStringLiteral("mrzNone"));
    }
    MrzParser::Options options;
    // VAL-8.3.1-07: validity is judged on the meeting date, not on the printing date.
    options.referenceDate =
        meeting.startedAtUtc.isValid() ? meeting.startedAtUtc.date() : QDate::currentDate();
    const MrzResult result = MrzParser(options).parse(meeting.document.mrzLines.join(u'\n'));
    if (result.valid()) {
        return words.text(QStringLiteral("mrzValid"));
    }
    return words.text(QStringLiteral("mrzInvalid"))
        .replace(QStringLiteral("{count}"), QString::number(result.errorCount()));
}

} // namespace

InterventionFormBuilder::InterventionFormBuilder(const FormTemplate& formTemplate,
                                                 const ProductCatalogue& products,
                                                 const IdentityDocumentCatalogue& documents)
    : m_template(formTemplate), m_products(products), m_documents(documents)
{
}

InterventionFormData InterventionFormBuilder::build(const InterventionFormInputs& in,
                                                    const QString& language) const
{
    const FormWords words(m_template, language);
    const Dossier& dossier = in.dossier;
    const Meeting& meeting = in.meeting;
    InterventionFormData form;
    form.language = language;
    form.dossierId = QString::number(dossier.id);
    auto& v = form.values;

    v[QStringLiteral("ca.name")] = in.ca.name;
    v[QStringLiteral("order.reference")] = dossier.orderReference;
    const Product* product = m_products.product(dossier.productId);
    v[QStringLiteral("product.name")] = product ? product->name.in(language) : dossier.productId;
    v[QStringLiteral("product.policyOid")] = in.ca.policyOid(dossier.productId);

    v[QStringLiteral("holder.surnames")] = dossier.holder.surnames;
    v[QStringLiteral("holder.givenNames")] = dossier.holder.givenNames;
    v[QStringLiteral("holder.birthDate")] = words.date(dossier.holder.birthDate);
    v[QStringLiteral("holder.birthPlace")] = dossier.holder.birthPlace;
    v[QStringLiteral("holder.email")] = dossier.holder.email;
    v[QStringLiteral("holder.phone")] = dossier.holder.phone;
    v[QStringLiteral("holder.address")] = joinAddress(dossier.holder.address);

    // REG-6.2.2-18, REG-6.4.5-04 a/b: type, number, issuer and validity limits.
    const PresentedDocument& id = meeting.document;
    const IdentityDocumentType* idType = m_documents.type(id.typeId);
    v[QStringLiteral("id.type")] = idType ? idType->name.in(language) : id.typeId;
    v[QStringLiteral("id.number")] = id.number;
    v[QStringLiteral("id.issuingState")] = id.issuingState;
    v[QStringLiteral("id.issuingAuthority")] = id.issuingAuthority;
    v[QStringLiteral("id.issueDate")] = words.date(id.issueDate);
    v[QStringLiteral("id.expiryDate")] = words.date(id.expiryDate);
    v[QStringLiteral("id.mrzResult")] = mrzSummary(meeting, words);
    QStringList features;
    for (const QString& featureId : meeting.checkedFeatures()) {
        const SecurityFeature* feature = m_documents.feature(featureId);
        features << (feature ? feature->name.in(language) : featureId);
    }
    v[QStringLiteral("id.securityFeatures")] = features.isEmpty()
                                                   ? words.text(QStringLiteral("notRecorded"))
                                                   : features.join(QStringLiteral(", "));
    const MeetingDecision* face = meeting.latest(MeetingDecision::Kind::FaceCompared);
    v[QStringLiteral("id.faceComparison")] =
        !face ? words.text(QStringLiteral("notRecorded"))
              : words.text(face->value ? QStringLiteral("faceMatch")
                                       : QStringLiteral("faceMismatch"));
    v[QStringLiteral("id.copyCertified")] =
        words.decision(meeting.latest(MeetingDecision::Kind::CopyCertified));

    if (dossier.organisation) {
        form.conditions.insert(QStringLiteral("organisation"));
        const Organisation& organisation = *dossier.organisation;
        v[QStringLiteral("organisation.name")] = organisation.name;
        v[QStringLiteral("organisation.legalForm")] = organisation.legalForm;
        v[QStringLiteral("organisation.registrationId")] = organisation.registrationId;
        QDate proofDate;
        for (const DocumentInfo& document : in.documents) {
            if ((document.type == DocumentType::Kbis ||
                 document.type == DocumentType::SireneNotice) &&
                document.paperDate && *document.paperDate > proofDate) {
                proofDate = *document.paperDate;
            }
        }
        v[QStringLiteral("organisation.kbisDate")] = words.date(proofDate);
        v[QStringLiteral("organisation.legalRepresentative")] =
            meeting.organisation.legalRepresentative;
        v[QStringLiteral("organisation.mandateDate")] =
            words.date(meeting.organisation.mandateDate);
    }

    const OperatorProfile& op = in.operatorProfile;
    v[QStringLiteral("operator.name")] = op.identity.displayName;
    v[QStringLiteral("operator.role")] = words.role(op.role);
    v[QStringLiteral("operator.registrationNumber")] = op.caRegistrationNumber;
    v[QStringLiteral("meeting.place")] = meeting.place;
    if (meeting.startedAtUtc.isValid()) {
        v[QStringLiteral("meeting.dateLocal")] =
            words.dateTime(meeting.startedAtUtc.toTimeZone(in.localZone)) + u' ' +
            QString::fromUtf8(in.localZone.id());
        v[QStringLiteral("meeting.dateUtc")] =
            words.dateTime(meeting.startedAtUtc.toUTC()) + QStringLiteral(" UTC");
    }

    // SDP-6.5.1-02/04: the token model, and whether the key was generated on it.
    if (in.token) {
        form.conditions.insert(QStringLiteral("token"));
        v[QStringLiteral("token.model")] = in.token->model;
        v[QStringLiteral("token.serial")] = in.token->serial;
        v[QStringLiteral("token.qscdReference")] = in.token->qscdReference;
        v[QStringLiteral("token.keyGeneratedOnDevice")] =
            in.token->keyGeneratedOnDevice ? words.yesNo(*in.token->keyGeneratedOnDevice)
                                           : words.text(QStringLiteral("notRecorded"));
    }

    // REG-6.3.4-07/08, REG-6.4.5-04 d, TS 119 461 INI-8.1-01X: terms and consents.
    const MeetingDecision* terms = meeting.latest(MeetingDecision::Kind::TermsAccepted);
    v[QStringLiteral("terms.version")] =
        terms && terms->value ? terms->subject : words.text(QStringLiteral("notRecorded"));
    v[QStringLiteral("consent.information")] =
        words.decision(meeting.latest(MeetingDecision::Kind::InformationShown));
    v[QStringLiteral("consent.publication")] =
        words.decision(meeting.latest(MeetingDecision::Kind::PublicationConsent));
    v[QStringLiteral("consent.secureDevice")] =
        words.decision(meeting.latest(MeetingDecision::Kind::SecureDeviceConsent));

    for (const DocumentInfo& document : in.documents) {
        form.attachments.append({words.documentType(document.type), document.pageCount,
                                 document.paperDate ? words.date(*document.paperDate) : QString(),
                                 QString::fromLatin1(document.sha256.toHex())});
    }

    // The holder signs by hand; the operator (or the Certification Agent acting as one); the
    // legal representative who gave the mandate for an employee or agent holder.
    form.signatories.append(
        {QStringLiteral("holder"), dossier.holder.givenNames + u' ' + dossier.holder.surnames});
    form.signatories.append({op.role == OperatorRole::CertificationAgent
                                 ? QStringLiteral("certificationAgent")
                                 : QStringLiteral("operator"),
                             op.identity.displayName});
    if (dossier.organisation) {
        form.signatories.append(
            {QStringLiteral("legalRepresentative"), meeting.organisation.legalRepresentative});
    }
    return form;
}

} // namespace guichet

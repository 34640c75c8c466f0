#pragma once

#include "domain/Dossier.h"
#include "domain/DossierValidator.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace guichet {

class ProductCatalogue;

// The editable content of a dossier: certificate, holder, organisation, subscriber. Each
// field that validation can fault has a label under it named "<field key>Error" (the keys
// of DossierValidator, e.g. "holder.emailError").
class DossierForm : public QWidget {
    Q_OBJECT
public:
    DossierForm(const ProductCatalogue& catalogue, QString language, QWidget* parent = nullptr);

    // Shows a dossier; no `edited` signal and no field counts as touched.
    void setDossier(const Dossier& dossier);
    // Writes the editable content into `dossier`, leaving identity and status alone.
    void writeTo(Dossier& dossier) const;
    // Problems only the form can see, such as a date it cannot read.
    QList<FieldProblem> inputProblems() const;
    // Shows the problems of the fields the operator has touched, or of all fields.
    void showProblems(const QList<FieldProblem>& problems, bool all);
    void focusField(const QString& key);
    void focusFirstField();

signals:
    void edited();

private:
    struct AddressEdits {
        QLineEdit* street = nullptr;
        QLineEdit* postalCode = nullptr;
        QLineEdit* city = nullptr;
        QLineEdit* country = nullptr;
    };

    QWidget* certificateGroup();
    QWidget* holderGroup();
    QWidget* organisationGroup();
    QWidget* subscriberGroup();
    QLineEdit* lineEdit(const QString& objectName, const QString& key);
    // The editor with its error label beneath, registered under `key`.
    QWidget* withErrorLabel(QWidget* editor, const QString& key);
    AddressEdits addAddress(QFormLayout* form, const QString& prefix, const QString& key);
    static void setAddress(const AddressEdits& edits, const PostalAddress& address);
    static PostalAddress address(const AddressEdits& edits);
    void fillUsages(const QString& keep);
    void fillUseCases(const QString& keep);
    void onEdited(const QString& key);

    const ProductCatalogue& m_catalogue;
    QString m_language;
    QComboBox* m_product = nullptr;
    QComboBox* m_usage = nullptr;
    QComboBox* m_useCase = nullptr;
    QLineEdit* m_orderRef = nullptr;
    QLineEdit* m_surnames = nullptr;
    QLineEdit* m_givenNames = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QLineEdit* m_birthPlace = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    AddressEdits m_address;
    QGroupBox* m_organisation = nullptr;
    QLineEdit* m_orgName = nullptr;
    QLineEdit* m_orgLegalForm = nullptr;
    QLineEdit* m_orgId = nullptr;
    AddressEdits m_orgAddress;
    QLineEdit* m_subSurnames = nullptr;
    QLineEdit* m_subGivenNames = nullptr;
    QLineEdit* m_subTitle = nullptr;
    QLineEdit* m_subEmail = nullptr;
    QLabel* m_otherProblems = nullptr; // problems of a field without a label of its own
    QHash<QString, QLabel*> m_errorLabels;
    QHash<QString, QWidget*> m_editors;
    QSet<QString> m_touched;
    bool m_filling = false;
};

} // namespace guichet

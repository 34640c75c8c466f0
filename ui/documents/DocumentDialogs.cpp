#include "documents/DocumentDialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace guichet {
namespace {

QDialogButtonBox* buttons(QDialog& dialog)
{
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return box;
}

} // namespace

std::optional<ImportChoice> DocumentDialogs::askImport(QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Import a document"));
    auto* type = new QComboBox(&dialog);
    type->setObjectName(QStringLiteral("importTypeCombo"));
    for (DocumentType each : DocumentTypes::all()) {
        type->addItem(DocumentTypes::displayName(each), DocumentTypes::key(each));
    }
    auto* paperDate = new QDateEdit(QDate::currentDate(), &dialog);
    paperDate->setObjectName(QStringLiteral("importPaperDate"));
    paperDate->setCalendarPopup(true);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Type:"), type);
    form->addRow(tr("Date on the paper:"), paperDate);
    form->addRow(buttons(dialog));
    const auto chosen = [type] { return DocumentTypes::fromKey(type->currentData().toString()); };
    const auto update = [paperDate, chosen] {
        // A Kbis extract and a mandate must be under three months old (REFERENCE.md).
        const auto current = chosen();
        paperDate->setEnabled(current && DocumentTypes::needsPaperDate(*current));
    };
    QObject::connect(type, &QComboBox::currentIndexChanged, &dialog, update);
    update();
    if (dialog.exec() != QDialog::Accepted || !chosen()) {
        return std::nullopt;
    }
    ImportChoice choice{*chosen(), std::nullopt};
    if (DocumentTypes::needsPaperDate(choice.type)) {
        choice.paperDate = paperDate->date();
    }
    return choice;
}

std::optional<Certification>
DocumentDialogs::askCertification(QWidget* parent, const QString& operatorName, const QDate& today)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Certify a copy"));
    auto* explanation = new QLabel(tr("The copy is stamped \u00ab %1 \u00bb with the name and "
                                      "date below and a line to sign. The stored original is "
                                      "not changed.")
                                       .arg(CertifiedCopy::legalMention()),
                                   &dialog);
    explanation->setWordWrap(true);
    auto* name = new QLineEdit(operatorName, &dialog);
    name->setObjectName(QStringLiteral("certifierEdit"));
    auto* date = new QDateEdit(today, &dialog);
    date->setObjectName(QStringLiteral("certificationDate"));
    date->setCalendarPopup(true);
    auto* form = new QFormLayout(&dialog);
    form->addRow(explanation);
    form->addRow(tr("Certified by:"), name);
    form->addRow(tr("Date:"), date);
    auto* box = buttons(dialog);
    form->addRow(box);
    QObject::connect(name, &QLineEdit::textChanged, &dialog, [box, name] {
        box->button(QDialogButtonBox::Ok)->setEnabled(!name->text().trimmed().isEmpty());
    });
    box->button(QDialogButtonBox::Ok)->setEnabled(!operatorName.trimmed().isEmpty());
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return Certification{name->text().trimmed(), date->date()};
}

} // namespace guichet

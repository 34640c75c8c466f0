#pragma once

#include "meeting/MeetingStep.h"

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace guichet {

class ProductCatalogue;

// Step 1: what the holder is told before anything else (purpose, terms of use, retention)
// and the choices the holder makes (TS 119 461 INI-8.1-01X/03X, REG-6.3.4-07/08/11A,
// REG-6.4.5-04 d).
class ConsentStep : public MeetingStep {
    Q_OBJECT
public:
    ConsentStep(const ProductCatalogue& products, QString language, QString termsVersion,
                QWidget* parent = nullptr);

    QString key() const override { return QStringLiteral("consent"); }
    QString title() const override;
    void load(const Meeting& meeting, const Dossier& dossier) override;
    void writeTo(Meeting& meeting) const override;
    QWidget* firstField() const override;

private:
    const ProductCatalogue& m_products;
    QString m_language;
    QString m_termsVersion;
    QLineEdit* m_place = nullptr;
    QLabel* m_information = nullptr;
    QCheckBox* m_shown = nullptr;
    QCheckBox* m_terms = nullptr;
    QRadioButton* m_publish = nullptr;
    QRadioButton* m_noPublish = nullptr;
    QButtonGroup* m_publication = nullptr;
    QCheckBox* m_secureDevice = nullptr;
    bool m_loading = false;
};

} // namespace guichet

#pragma once

#include "meeting/MeetingStep.h"

#include <QHash>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace guichet {

class IdentityDocumentCatalogue;

// Step 3: the security features of the document type, each with how to check it; the
// random suggestion is highlighted (VAL-8.3.3-07X/07B/08: at least three different ones,
// with some randomness). Each tick or untick is a recorded decision.
class FeaturesStep : public MeetingStep {
    Q_OBJECT
public:
    FeaturesStep(const IdentityDocumentCatalogue& documents, QString language,
                 QWidget* parent = nullptr);

    QString key() const override { return QStringLiteral("features"); }
    QString title() const override;
    void load(const Meeting& meeting, const Dossier& dossier) override;
    void storedChanged(const Meeting& meeting) override;
    QWidget* firstField() const override;

    // The type chosen in the document step, saved or not yet.
    void setType(const QString& typeId);

private:
    void rebuild();
    void updateCount();

    const IdentityDocumentCatalogue& m_documents;
    QString m_language;
    QString m_typeId;
    QStringList m_suggested;
    QStringList m_checked; // as the operator ticked them; kept across rebuilds
    QLabel* m_intro = nullptr;
    QLabel* m_count = nullptr;
    QWidget* m_list = nullptr;
    QVBoxLayout* m_listLayout = nullptr;
    QHash<QString, QCheckBox*> m_boxes;
};

} // namespace guichet

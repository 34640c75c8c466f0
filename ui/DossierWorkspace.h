#pragma once

#include "documents/DocumentAccess.h"

#include <QTabWidget>

namespace guichet {

class Clock;
class DocumentViewer;
class DossierEditor;
class DossierWorker;
class IdentityDocumentCatalogue;
class MeetingView;
class MeetingWorker;
class ProductCatalogue;

// The selected dossier seen three ways, one tab each: its content and status (the editor),
// the face-to-face meeting, and its documents. The meeting and documents tabs follow the
// dossier the editor shows and are disabled for a dossier not saved yet.
class DossierWorkspace : public QTabWidget {
    Q_OBJECT
public:
    struct Dependencies {
        DossierEditor& editor;
        DossierWorker& worker;
        const ProductCatalogue& products;
        const Clock& clock;
        QString language;
        MeetingWorker* meetings = nullptr; // no meeting tab without it
        const IdentityDocumentCatalogue* identityDocuments = nullptr;
        QString termsVersion;                               // terms of use the holder accepts
        DocumentAccess::KeySourceFactory documentKeys = {}; // no documents tab without it
    };

    explicit DossierWorkspace(const Dependencies& dependencies, QWidget* parent = nullptr);

    // Follows the editor to dossier `id` (0: a new dossier, nothing to show yet).
    void setDossier(qint64 id);
    void showMeeting();
    void showDocuments();

    MeetingView* meeting() const { return m_meeting; }
    DocumentViewer* documents() const { return m_documents; }

signals:
    // The meeting moved the dossier (identity verified, organisation changed).
    void dossierChanged(qint64 id);

private:
    void openCurrentTab();

    DossierEditor& m_editor;
    MeetingView* m_meeting = nullptr;
    DocumentViewer* m_documents = nullptr;
    qint64 m_dossierId = 0;
    qint64 m_meetingOpenedFor = 0; // opened lazily, when its tab is shown
};

} // namespace guichet

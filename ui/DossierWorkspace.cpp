#include "DossierWorkspace.h"

#include "DossierEditor.h"
#include "documents/DocumentViewer.h"
#include "meeting/MeetingView.h"

namespace guichet {

DossierWorkspace::DossierWorkspace(const Dependencies& dependencies, QWidget* parent)
    : QTabWidget(parent), m_editor(dependencies.editor)
{
    setObjectName(QStringLiteral("dossierWorkspace"));
    setDocumentMode(true);
    addTab(&m_editor, tr("&Dossier"));
    if (dependencies.meetings != nullptr && dependencies.identityDocuments != nullptr) {
        m_meeting = new MeetingView({*dependencies.meetings, dependencies.products,
                                     *dependencies.identityDocuments, dependencies.clock,
                                     dependencies.language, dependencies.termsVersion});
        addTab(m_meeting, tr("&Meeting"));
        connect(m_meeting, &MeetingView::dossierChanged, this, &DossierWorkspace::dossierChanged);
    }
    if (dependencies.documentKeys) {
        m_documents = new DocumentViewer(dependencies.worker, dependencies.documentKeys);
        addTab(m_documents, tr("D&ocuments"));
    }
    connect(this, &QTabWidget::currentChanged, this, &DossierWorkspace::openCurrentTab);
    setDossier(0);
}

void DossierWorkspace::setDossier(qint64 id)
{
    m_dossierId = id;
    for (int i = 1; i < count(); ++i) {
        setTabEnabled(i, id > 0);
    }
    if (id <= 0) {
        setCurrentIndex(0);
    }
    if (m_documents != nullptr && m_documents->dossierId() != id) {
        m_documents->setDossier(id);
    }
    openCurrentTab();
}

void DossierWorkspace::showMeeting()
{
    if (m_meeting != nullptr && m_dossierId > 0) {
        setCurrentWidget(m_meeting);
    }
}

void DossierWorkspace::showDocuments()
{
    if (m_documents != nullptr && m_dossierId > 0) {
        setCurrentWidget(m_documents);
    }
}

void DossierWorkspace::openCurrentTab()
{
    // The meeting is read only when someone looks at it: most selections are for the list.
    if (m_meeting != nullptr && currentWidget() == m_meeting && m_dossierId > 0 &&
        m_meetingOpenedFor != m_dossierId) {
        m_meetingOpenedFor = m_dossierId;
        m_meeting->open(m_dossierId);
    }
}

} // namespace guichet

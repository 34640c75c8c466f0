#include "meeting/MeetingSync.h"

#include "meeting/MeetingService.h"
#include "meeting/MeetingWorker.h"
#include "service/DossierService.h"

namespace guichet {

namespace {
constexpr int kSavePauseMs = 400; // a pause in typing; short enough that nothing is lost
}

MeetingSync::MeetingSync(MeetingWorker& worker, std::function<void(Meeting&)> edits,
                         QObject* parent)
    : QObject(parent), m_worker(worker), m_edits(std::move(edits))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSavePauseMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &MeetingSync::pump);
}

MeetingSync::~MeetingSync()
{
    // The view closes: what is not on its way yet is posted now. The worker runs it after
    // this object is gone (the answers are dropped). Decisions need no version; an edit is
    // saved only when its version is known, else the next opening shows what was stored.
    if (!m_loaded || m_conflict) {
        return;
    }
    const qint64 id = m_dossierId;
    for (const MeetingDecision& decision : std::as_const(m_decisions)) {
        m_worker.run<MeetingAnswer>(
            nullptr,
            [id, decision](MeetingServices& s) {
                auto recorded = s.meeting.record(id, decision);
                return recorded ? MeetingAnswer() : MeetingAnswer(recorded.error());
            },
            [](MeetingAnswer) {});
    }
    if (m_dirty && !m_inFlight) {
        Meeting edited = m_stored;
        m_edits(edited);
        m_worker.run<MeetingAnswer>(
            nullptr,
            [edited](MeetingServices& s) {
                auto saved = s.meeting.save(edited);
                return saved ? MeetingAnswer() : MeetingAnswer(saved.error());
            },
            [](MeetingAnswer) {});
    }
}

void MeetingSync::open(qint64 dossierId)
{
    ++m_serial;
    m_dossierId = dossierId;
    m_loaded = false;
    m_conflict = false;
    m_dirty = false;
    m_verify = false;
    m_inFlight = false;
    m_decisions.clear();
    m_organisationId.reset();
    m_saveTimer.stop();
    send(Operation::Open, [dossierId](MeetingServices& s) {
        auto opened = s.meeting.open(dossierId);
        if (!opened) {
            return MeetingAnswer(opened.error());
        }
        MeetingAnswer answer = stateOf(s, dossierId, std::nullopt);
        if (answer.state) {
            answer.state->meeting = *opened; // open() may give a new, unsaved meeting
        }
        return answer;
    });
}

void MeetingSync::markEdited()
{
    m_dirty = true;
    m_saveTimer.start();
    emit busyChanged(true);
}

void MeetingSync::saveNow()
{
    m_dirty = true;
    m_saveTimer.stop();
    pump();
}

void MeetingSync::record(const MeetingDecision& decision)
{
    m_decisions.append(decision);
    m_saveTimer.stop(); // what was typed before the decision is saved before it
    pump();
}

void MeetingSync::setOrganisationId(const QString& identifier)
{
    m_organisationId = identifier;
    pump();
}

void MeetingSync::verify()
{
    m_verify = true;
    m_saveTimer.stop();
    pump();
}

bool MeetingSync::isIdle() const
{
    return !m_inFlight && !m_dirty && !m_verify && m_decisions.isEmpty() && !m_organisationId &&
           !m_saveTimer.isActive();
}

// One write at a time: edits first (a feature is recorded against the saved document type),
// then decisions in the order taken, the dossier's organisation, and last "identity
// verified", which must judge everything before it.
void MeetingSync::pump()
{
    if (m_inFlight || !m_loaded || m_conflict) {
        return;
    }
    const qint64 id = m_dossierId;
    if (m_dirty && !m_saveTimer.isActive()) {
        m_dirty = false;
        Meeting edited = m_stored;
        m_edits(edited);
        send(Operation::Save, [id, edited](MeetingServices& s) {
            auto saved = s.meeting.save(edited);
            if (!saved && saved.error().code == ErrorCode::Conflict) {
                return MeetingAnswer(saved.error()); // keep the operator's edits on screen
            }
            return stateOf(s, id, saved ? std::nullopt : std::optional(saved.error()));
        });
    } else if (!m_decisions.isEmpty()) {
        const MeetingDecision decision = m_decisions.takeFirst();
        send(Operation::Record, [id, decision](MeetingServices& s) {
            auto recorded = s.meeting.record(id, decision);
            return stateOf(s, id, recorded ? std::nullopt : std::optional(recorded.error()));
        });
    } else if (m_organisationId) {
        const QString identifier = *m_organisationId;
        m_organisationId.reset();
        Dossier dossier = m_dossier;
        send(Operation::UpdateOrganisation, [id, identifier, dossier](MeetingServices& s) {
            Dossier edited = dossier;
            Organisation organisation = edited.organisation.value_or(Organisation());
            organisation.registrationId = identifier;
            edited.organisation = organisation;
            auto saved = s.dossiers.save(edited);
            return stateOf(s, id, saved ? std::nullopt : std::optional(saved.error()));
        });
    } else if (m_verify && !m_dirty) {
        m_verify = false;
        send(Operation::Verify, [id](MeetingServices& s) {
            auto verified = s.meeting.verifyIdentity(id);
            return stateOf(s, id, verified ? std::nullopt : std::optional(verified.error()));
        });
    } else if (isIdle()) {
        emit busyChanged(false);
    }
}

void MeetingSync::send(Operation operation, std::function<MeetingAnswer(MeetingServices&)> job)
{
    m_inFlight = true;
    emit busyChanged(true);
    const int serial = m_serial;
    m_worker.run<MeetingAnswer>(
        this, std::move(job),
        [this, operation, serial](MeetingAnswer answer) { onAnswer(answer, operation, serial); });
}

void MeetingSync::onAnswer(const MeetingAnswer& answer, Operation operation, int serial)
{
    if (serial != m_serial) {
        return; // the answer of a meeting no longer shown
    }
    m_inFlight = false;
    if (answer.state) {
        m_stored = answer.state->meeting;
        m_dossier = answer.state->dossier;
        if (operation == Operation::Open) {
            m_loaded = true;
            emit opened(*answer.state);
        } else {
            emit saved(*answer.state, operation);
        }
    }
    if (answer.error) {
        m_conflict = answer.error->code == ErrorCode::Conflict;
        emit failed(*answer.error, operation);
    }
    pump();
}

MeetingAnswer MeetingSync::stateOf(MeetingServices& s, qint64 dossierId, std::optional<Error> error)
{
    MeetingAnswer answer;
    answer.error = std::move(error);
    auto meeting = s.meeting.open(dossierId);
    auto dossier = s.dossiers.find(dossierId);
    auto checklist = s.meeting.checklist(dossierId);
    if (!meeting || !dossier || !checklist) {
        if (!answer.error) {
            answer.error = !meeting   ? meeting.error()
                           : !dossier ? dossier.error()
                                      : checklist.error();
        }
        return answer;
    }
    answer.state = MeetingState{*meeting, *dossier, *checklist};
    return answer;
}

} // namespace guichet

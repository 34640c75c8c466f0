#pragma once

#include "common/Result.h"
#include "domain/Dossier.h"
#include "meeting/Checklist.h"
#include "meeting/Meeting.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace guichet {

class MeetingWorker;
struct MeetingServices;

// The meeting, its dossier and its checklist as stored after a write.
struct MeetingState {
    Meeting meeting;
    Dossier dossier;
    Checklist checklist;
};

// What a write job answers: the error if the write failed, and the stored state when it
// could be read (after a refusal too, so the checklist stays current).
struct MeetingAnswer {
    MeetingAnswer() = default;
    MeetingAnswer(Error failure) : error(std::move(failure)) {}
    std::optional<Error> error;
    std::optional<MeetingState> state;
};

// Saves the guided meeting as it is filled: edits soon after they are typed, decisions at
// once, one write at a time and in order, so each save carries the version the previous
// one produced and a conflict always means another workstation (DossierService's optimistic
// concurrency). Everything runs on the MeetingWorker's thread.
class MeetingSync : public QObject {
    Q_OBJECT
public:
    enum class Operation { Open, Save, Record, UpdateOrganisation, Verify };

    // `edits` writes the widgets' content into a copy of the stored meeting.
    MeetingSync(MeetingWorker& worker, std::function<void(Meeting&)> edits,
                QObject* parent = nullptr);
    ~MeetingSync() override;

    void open(qint64 dossierId);
    void markEdited(); // saved after a short pause in typing
    void saveNow();    // the step changes, the view closes
    void record(const MeetingDecision& decision);
    void setOrganisationId(const QString& identifier);
    void verify(); // after every pending write

    bool isLoaded() const { return m_loaded; }
    bool hasConflict() const { return m_conflict; }
    // Nothing waits to be saved and no write is on its way.
    bool isIdle() const;
    const Meeting& stored() const { return m_stored; }
    const Dossier& dossier() const { return m_dossier; }

signals:
    void opened(const guichet::MeetingState& state);
    void saved(const guichet::MeetingState& state, guichet::MeetingSync::Operation operation);
    void failed(const guichet::Error& error, guichet::MeetingSync::Operation operation);
    void busyChanged(bool busy);

private:
    void pump();
    void send(Operation operation, std::function<MeetingAnswer(MeetingServices&)> job);
    void onAnswer(const MeetingAnswer& answer, Operation operation, int serial);
    static MeetingAnswer stateOf(MeetingServices& services, qint64 dossierId,
                                 std::optional<Error> error);

    MeetingWorker& m_worker;
    std::function<void(Meeting&)> m_edits;
    QTimer m_saveTimer;
    qint64 m_dossierId = 0;
    Meeting m_stored;
    Dossier m_dossier;
    QList<MeetingDecision> m_decisions;
    std::optional<QString> m_organisationId;
    bool m_dirty = false;
    bool m_verify = false;
    bool m_inFlight = false;
    bool m_loaded = false;
    bool m_conflict = false;
    int m_serial = 0; // which open() the answers in flight belong to
};

} // namespace guichet

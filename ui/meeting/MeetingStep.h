#pragma once

#include "domain/Dossier.h"
#include "meeting/Meeting.h"

#include <QDate>
#include <QString>
#include <QWidget>

class QLineEdit;

namespace guichet {

// One page of the guided meeting. A step shows the stored meeting, tells the view when the
// operator edits a field (saved soon after) and emits every decision the operator takes
// (recorded at once, with time and operator, REG-6.4.5-04 c-g).
class MeetingStep : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString key() const = 0;
    virtual QString title() const = 0;
    // Fills the widgets from a stored meeting without emitting anything.
    virtual void load(const Meeting& meeting, const Dossier& dossier) = 0;
    // Writes the fields this step edits (not decisions) into `meeting`.
    virtual void writeTo(Meeting& meeting) const { Q_UNUSED(meeting); }
    // The stored meeting changed (after a save): shows what the core derived, such as the
    // suggested security features, and leaves what the operator is typing alone.
    virtual void storedChanged(const Meeting& meeting) { Q_UNUSED(meeting); }
    // The field that takes the focus when the step is shown.
    virtual QWidget* firstField() const = 0;

    // Dates as people type them at a French desk, and the ISO form.
    static QDate parseDate(const QString& text);
    static QString dateText(QDate date);
    // A line edit whose text is a date, showing whether it reads.
    static bool dateInputValid(const QLineEdit* edit);

signals:
    void edited();
    void decided(const guichet::MeetingDecision& decision);

protected:
    void decide(MeetingDecision::Kind kind, bool value, const QString& subject = {});
};

} // namespace guichet

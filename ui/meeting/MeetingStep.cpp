#include "meeting/MeetingStep.h"

#include <QLineEdit>
#include <QStringList>

namespace guichet {

QDate MeetingStep::parseDate(const QString& text)
{
    static const QStringList formats{QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy"),
                                     QStringLiteral("yyyy-MM-dd")};
    for (const QString& format : formats) {
        const QDate date = QDate::fromString(text.trimmed(), format);
        if (date.isValid()) {
            return date;
        }
    }
    return {};
}

QString MeetingStep::dateText(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

bool MeetingStep::dateInputValid(const QLineEdit* edit)
{
    return edit->text().trimmed().isEmpty() || parseDate(edit->text()).isValid();
}

void MeetingStep::decide(MeetingDecision::Kind kind, bool value, const QString& subject)
{
    MeetingDecision decision;
    decision.kind = kind;
    decision.value = value;
    decision.subject = subject;
    emit decided(decision);
}

} // namespace guichet

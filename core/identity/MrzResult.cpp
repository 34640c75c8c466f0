#include "identity/MrzResult.h"

namespace guichet {

QLatin1StringView MrzResult::line(int index) const
{
    if (index < 0 || index >= m_lineCount) {
        return {};
    }
    const auto i = static_cast<std::size_t>(index);
    return QLatin1StringView(m_text.data() + m_lineStart[i], m_lineLength[i]);
}

QString MrzResult::text() const
{
    QString joined;
    for (int i = 0; i < m_lineCount; ++i) {
        if (i > 0) {
            joined.append(u'\n');
        }
        joined.append(line(i));
    }
    return joined;
}

const MrzFieldSpan* MrzResult::span(MrzField field) const
{
    for (std::size_t i = 0; i < m_fieldCount; ++i) {
        if (m_fields[i].field == field) {
            return &m_fields[i];
        }
    }
    return nullptr;
}

QLatin1StringView MrzResult::raw(MrzField field) const
{
    if (field == MrzField::DocumentNumber && m_numberLength > 0) {
        return QLatin1StringView(m_number.data(), m_numberLength);
    }
    const MrzFieldSpan* where = span(field);
    if (where == nullptr) {
        return {};
    }
    const std::size_t offset =
        static_cast<std::size_t>(where->line) * m_lineLength[0] + where->start;
    return QLatin1StringView(m_text.data() + offset, where->length);
}

bool MrzResult::hasProblem(MrzField field) const
{
    for (const MrzProblem& problem : problems()) {
        if (problem.field == field && problem.isError()) {
            return true;
        }
    }
    return false;
}

bool MrzResult::hasProblem(MrzProblemCode code) const
{
    for (const MrzProblem& problem : problems()) {
        if (problem.code == code) {
            return true;
        }
    }
    return false;
}

// Fillers at the end are padding; inside, they separate words ("ZE184226B<<<", "D<<").
QString MrzResult::withoutFillers(MrzField field) const
{
    QLatin1StringView value = raw(field);
    while (value.endsWith(u'<')) {
        value.chop(1);
    }
    QString text = value.toString();
    text.replace(u'<', u' ');
    return text;
}

// Names for people and for comparison: fillers become single spaces (ICAO 9303 part 3, 4.6).
QString MrzResult::names(MrzField field) const
{
    const QLatin1StringView value = raw(field);
    QString text;
    text.reserve(value.size());
    bool space = false;
    for (const char c : value) {
        if (c == '<') {
            space = !text.isEmpty();
            continue;
        }
        if (space) {
            text.append(u' ');
            space = false;
        }
        text.append(QLatin1Char(c));
    }
    return text;
}

QString MrzResult::dateText(MrzField field, QDate date) const
{
    if (date.isValid()) {
        return date.toString(Qt::ISODate);
    }
    const QLatin1StringView value = raw(field);
    if (value.contains(u'<')) {
        QString shown = value.toString();
        shown.replace(u'<', u'?');
        return tr("%1 (YYMMDD, partly unknown)").arg(shown);
    }
    return tr("not a valid date");
}

QString MrzResult::interpreted(MrzField field) const
{
    switch (field) {
    case MrzField::Structure:
        return mrzFormatName(m_format);
    case MrzField::Surnames:
    case MrzField::GivenNames:
        return names(field);
    case MrzField::BirthDate:
        return dateText(field, m_birth);
    case MrzField::ExpiryDate:
        return dateText(field, m_expiry);
    case MrzField::IssueDate:
        return m_issue.isValid() ? m_issue.toString(QStringLiteral("yyyy-MM"))
                                 : tr("not a valid date");
    case MrzField::Sex:
        switch (m_sex) {
        case MrzSex::Female:
            return tr("female");
        case MrzSex::Male:
            return tr("male");
        case MrzSex::Unspecified:
            return tr("unspecified");
        case MrzSex::Unknown:
            return tr("not readable");
        }
        return {};
    case MrzField::DocumentNumberCheck:
    case MrzField::BirthDateCheck:
    case MrzField::ExpiryDateCheck:
    case MrzField::OptionalDataCheck:
    case MrzField::CompositeCheck:
        for (const MrzProblem& problem : problems()) {
            if (problem.field == field && problem.code == MrzProblemCode::CheckDigitMismatch) {
                return tr("does not match (the data gives %1)").arg(QChar(problem.expected));
            }
            if (problem.field == field && problem.isError()) {
                return tr("not readable");
            }
        }
        return tr("matches");
    default:
        return withoutFillers(field);
    }
}

} // namespace guichet

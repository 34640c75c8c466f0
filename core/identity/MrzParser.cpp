#include "identity/MrzParser.h"

#include "identity/MrzReader.h"

namespace guichet {

MrzParser::MrzParser(Options options) : m_options(options)
{
    if (!m_options.referenceDate.isValid()) {
        m_options.referenceDate = QDate::currentDate();
    }
    // Worked out once: QDate computes year, month and day from a Julian day on every call.
    int year = 0;
    int month = 0;
    int day = 0;
    m_options.referenceDate.getDate(&year, &month, &day);
    m_referenceKey = year * 10000 + month * 100 + day;
}

MrzResult MrzParser::parse(QStringView text) const
{
    MrzResult result;
    MrzReader(m_options, m_referenceKey, result).read(text);
    return result;
}

} // namespace guichet

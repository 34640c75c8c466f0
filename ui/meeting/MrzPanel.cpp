#include "meeting/MrzPanel.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QVBoxLayout>
#include <algorithm>

namespace guichet {

MrzPanel::MrzPanel(const Clock& clock, QWidget* parent) : QWidget(parent), m_clock(clock)
{
    m_edit = new QPlainTextEdit;
    m_edit->setObjectName(QStringLiteral("mrzEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(true); // Tab leaves the box: keyboard-only use
    m_edit->setPlaceholderText(tr("Type or paste the 2 or 3 lines at the bottom of the document"));
    const QFontMetrics metrics(m_edit->font());
    m_edit->setFixedHeight(metrics.lineSpacing() * 4 + 12);
    m_edit->setMinimumWidth(metrics.horizontalAdvance(QLatin1Char('M')) * 46);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("mrzStatus"));
    m_status->setWordWrap(true);
    m_problems = new QListWidget;
    m_problems->setObjectName(QStringLiteral("mrzProblems"));
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(metrics.lineSpacing() * 6);
    m_problems->setFocusPolicy(Qt::NoFocus); // read-only; the text box keeps the focus

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_problems);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        validate();
        emit changed();
    });
    validate();
}

void MrzPanel::setExpectation(MrzFormat format, bool reportExpired)
{
    m_options.expectedFormat = format;
    m_options.reportExpired = reportExpired;
    validate();
}

void MrzPanel::setLines(const QStringList& lines)
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(lines.join(QLatin1Char('\n')));
    validate();
}

QStringList MrzPanel::lines() const
{
    QStringList kept;
    const QStringList all = m_edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : all) {
        if (!line.trimmed().isEmpty()) {
            kept.append(line);
        }
    }
    return kept;
}

bool MrzPanel::isEmpty() const
{
    return m_edit->toPlainText().trimmed().isEmpty();
}

void MrzPanel::validate()
{
    m_problems->clear();
    if (isEmpty()) {
        m_result = MrzResult();
        m_status->setText(tr("No MRZ typed yet."));
        m_edit->setExtraSelections({});
        return;
    }
    m_options.referenceDate = m_clock.nowUtc().date();
    m_result = MrzParser::parse(m_edit->toPlainText(), m_options);
    for (const MrzProblem& problem : m_result.problems()) {
        auto* item = new QListWidgetItem(problem.message(), m_problems);
        item->setData(FieldRole, static_cast<int>(problem.field));
        item->setData(LineRole, static_cast<int>(problem.line));
        item->setIcon(style()->standardIcon(problem.isError() ? QStyle::SP_MessageBoxCritical
                                                              : QStyle::SP_MessageBoxInformation));
    }
    if (m_result.valid()) {
        m_status->setText(
            tr("MRZ valid (%1): every check digit matches.").arg(mrzFormatName(m_result.format())));
    } else {
        m_status->setText(
            tr("MRZ not valid: %n problem(s) to correct.", nullptr, m_result.errorCount()));
    }
    markFields();
}

// Colours the characters of every field with an error, and the exact position more
// strongly, so the operator sees where to look on the document.
void MrzPanel::markFields()
{
    QList<QTextEdit::ExtraSelection> marks;
    const QColor fieldColour(255, 215, 215);
    const QColor pointColour(230, 80, 80);
    auto mark = [&](int line, int start, int length, const QColor& colour) {
        // The parser leaves blank lines out: the n-th line read is the n-th non-blank block.
        QTextBlock block = m_edit->document()->firstBlock();
        for (int skipped = 0; block.isValid(); block = block.next()) {
            if (!block.text().trimmed().isEmpty() && skipped++ == line) {
                break;
            }
        }
        if (!block.isValid() || length <= 0) {
            return;
        }
        // The parser reads lines without spaces; the box shows them as typed. Map by
        // skipping blanks so the mark lands on the right characters.
        const QString text = block.text();
        int index = 0;
        int seen = 0;
        while (index < text.size() && seen < start) {
            if (!text.at(index).isSpace()) {
                ++seen;
            }
            ++index;
        }
        while (index < text.size() && text.at(index).isSpace()) {
            ++index;
        }
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + index);
        cursor.setPosition(block.position() +
                               std::min(index + length, static_cast<int>(text.size())),
                           QTextCursor::KeepAnchor);
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursor;
        selection.format.setBackground(colour);
        marks.append(selection);
    };
    for (const MrzProblem& problem : m_result.problems()) {
        if (!problem.isError()) {
            continue;
        }
        for (const MrzFieldSpan& span : m_result.fields()) {
            if (span.field == problem.field || span.field == mrzCheckedField(problem.field)) {
                mark(span.line, span.start, span.length, fieldColour);
            }
        }
        if (problem.line > 0 && problem.position > 0) {
            mark(problem.line - 1, problem.position - 1, 1, pointColour);
        }
    }
    m_edit->setExtraSelections(marks);
}

} // namespace guichet

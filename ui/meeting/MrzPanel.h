#pragma once

#include "common/Clock.h"
#include "identity/MrzParser.h"
#include "identity/MrzResult.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace guichet {

// The machine-readable zone typed or pasted in a monospace box, validated as it is typed:
// the failing fields are marked in the text and each problem says which line, position and
// field, and why (issue 3, "the guided meeting").
class MrzPanel : public QWidget {
    Q_OBJECT
public:
    // Roles of the problem list's items, for tests and screen readers.
    static constexpr int FieldRole = Qt::UserRole;
    static constexpr int LineRole = Qt::UserRole + 1;

    explicit MrzPanel(const Clock& clock, QWidget* parent = nullptr);

    // The layout the chosen document type uses; Unknown accepts any. Documents whose
    // validity may extend past the printed date are not reported as expired here.
    void setExpectation(MrzFormat format, bool reportExpired);
    void setLines(const QStringList& lines); // no `changed` signal
    QStringList lines() const;               // verbatim, blank lines left out
    bool isEmpty() const;
    const MrzResult& result() const { return m_result; }
    QPlainTextEdit* editor() const { return m_edit; }

signals:
    void changed();

private:
    void validate();
    void markFields();

    const Clock& m_clock;
    MrzParser::Options m_options;
    MrzResult m_result;
    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_problems = nullptr;
};

} // namespace guichet

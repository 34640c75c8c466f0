#pragma once

#include <QCoreApplication>
#include <QString>

namespace guichet {

// Says where a checkpoint's time comes from and whether the system clock is synchronised,
// so an auditor can weigh it (issue 7: "time source noted (UTC, synchronised)"). Not
// translated: it is stored and signed, and read by auditors of any language.
class TimeSource {
public:
    virtual ~TimeSource() = default;
    virtual QString describe() const = 0;
};

// The kernel's view through adjtimex(2): STA_UNSYNC cleared means an NTP client (chrony,
// systemd-timesyncd, ntpd) disciplines the clock; elsewhere "unknown".
class SystemTimeSource final : public TimeSource {
public:
    QString describe() const override;
};

class FixedTimeSource final : public TimeSource {
public:
    explicit FixedTimeSource(QString text) : m_text(std::move(text)) {}
    QString describe() const override { return m_text; }

private:
    QString m_text;
};

} // namespace guichet

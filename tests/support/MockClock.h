#pragma once

#include "Clock.h"

#include <QTimeZone>

namespace comptoir::test {

// A clock that only moves when the test says so.
class MockClock final : public Clock
{
public:
    explicit MockClock(QDateTime start = QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc()))
        : m_now(start)
    {
    }
    QDateTime now() const override { return m_now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void set(const QDateTime& time) { m_now = time; }

private:
    QDateTime m_now;
};

} // namespace comptoir::test

#pragma once

namespace comptoir {

// Test seam: makes the N-th database operation from now fail, as a full disk or an I/O error
// would. Every statement the store runs (open steps included) counts as one operation.
class FaultInjector
{
public:
    // n >= 1 fails the n-th operation from now; 0 disables.
    void failAt(int n)
    {
        m_failAt = n;
        m_count = 0;
    }
    int operations() const { return m_count; }
    bool fired() const { return m_fired; }

    // Called by the store before each operation.
    bool shouldFail()
    {
        ++m_count;
        if (m_failAt > 0 && m_count == m_failAt) {
            m_fired = true;
            return true;
        }
        return false;
    }

private:
    int m_failAt = 0;
    int m_count = 0;
    bool m_fired = false;
};

} // namespace comptoir

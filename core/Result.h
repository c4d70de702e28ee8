#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace comptoir {

// An error as a value: a stable machine code (for tests and logs) and a message for people,
// already translated. Core never shows dialogs; the UI decides how to present it.
struct Error
{
    QString code;
    QString message;
};

// The outcome of an operation that returns nothing.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

// The outcome of an operation that returns a T.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value: a range-for over a temporary result must not dangle.
    T value() && { return std::move(*m_value); }
    const Error& error() const { return *m_error; }
    Status status() const { return ok() ? Status() : Status(*m_error); }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

} // namespace comptoir

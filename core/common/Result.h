#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace guichet {

// What went wrong, for a caller that must decide what to do and for an operator who must
// understand it. The message is already translated when the error is made.
enum class ErrorCode {
    InvalidInput,     // the caller gave something malformed
    NotFound,         // the object does not exist
    Refused,          // a rule forbids the operation
    Conflict,         // someone else changed the object since it was read
    Storage,          // the database failed
    IncompatibleData, // data written by a newer Guichet, or damaged
    Io,               // files, devices, network
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

// A value or an error; the caller must look at which before using it.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace guichet

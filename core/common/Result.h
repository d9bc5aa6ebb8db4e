// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace sotto {

/// A failure as the user and the log see it. `Code` is one enum per subsystem;
/// `message` is translated and safe to show; `detail` is for logs only and never
/// carries prompts, answers or secrets.
template <typename Code>
struct Error final {
    Code code{};
    QString message;
    QString detail;
};

/// Wraps an error for construction of an Expected, like std::unexpected.
template <typename E>
class Unexpected final {
public:
    explicit Unexpected(E error)
        : m_error(std::move(error))
    { }
    E &error() & { return m_error; }
    E &&error() && { return std::move(m_error); }

private:
    E m_error;
};

/// A value or an error: the shape of C++23's std::expected (same member names), so
/// the project can switch to it once the compiler baseline allows.
template <typename T, typename E>
class [[nodiscard]] Expected final {
public:
    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Expected(Unexpected<E> error)
        : m_state(std::in_place_index<1>, std::move(error).error())
    { }

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    E &error() & { return std::get<1>(m_state); }
    const E &error() const & { return std::get<1>(m_state); }
    E &&error() && { return std::get<1>(std::move(m_state)); }

    /// std::expected's monadic operations: `f(value)` returns another Expected with
    /// the same error type; an error passes through untouched.
    template <typename F>
    auto and_then(F &&f) const & -> std::invoke_result_t<F, const T &>
    {
        if (has_value())
            return std::forward<F>(f)(value());
        return Unexpected<E>(error());
    }
    template <typename F>
    auto and_then(F &&f) && -> std::invoke_result_t<F, T &&>
    {
        if (has_value())
            return std::forward<F>(f)(std::move(*this).value());
        return Unexpected<E>(std::move(*this).error());
    }
    /// `f(value)` gives the new value (or nothing, for void); an error passes through.
    template <typename F>
    auto transform(F &&f) && -> Expected<std::invoke_result_t<F, T &&>, E>
    {
        using U = std::invoke_result_t<F, T &&>;
        if (!has_value())
            return Unexpected<E>(std::move(*this).error());
        if constexpr (std::is_void_v<U>) {
            std::forward<F>(f)(std::move(*this).value());
            return {};
        } else {
            return std::forward<F>(f)(std::move(*this).value());
        }
    }
    template <typename F>
    auto transform(F &&f) const & -> Expected<std::invoke_result_t<F, const T &>, E>
    {
        using U = std::invoke_result_t<F, const T &>;
        if (!has_value())
            return Unexpected<E>(error());
        if constexpr (std::is_void_v<U>) {
            std::forward<F>(f)(value());
            return {};
        } else {
            return std::forward<F>(f)(value());
        }
    }

private:
    std::variant<T, E> m_state;
};

template <typename E>
class [[nodiscard]] Expected<void, E> final {
public:
    Expected() = default;
    Expected(Unexpected<E> error)
        : m_error(std::move(error).error())
    { }

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }

    E &error() & { return *m_error; }
    const E &error() const & { return *m_error; }
    E &&error() && { return std::move(*m_error); }

    /// `f()` returns another Expected with the same error type; an error passes through.
    template <typename F>
    auto and_then(F &&f) const & -> std::invoke_result_t<F>
    {
        if (has_value())
            return std::forward<F>(f)();
        return Unexpected<E>(error());
    }
    template <typename F>
    auto and_then(F &&f) && -> std::invoke_result_t<F>
    {
        if (has_value())
            return std::forward<F>(f)();
        return Unexpected<E>(std::move(*this).error());
    }
    /// `f()` gives the new value; an error passes through.
    template <typename F>
    auto transform(F &&f) && -> Expected<std::invoke_result_t<F>, E>
    {
        using U = std::invoke_result_t<F>;
        if (!has_value())
            return Unexpected<E>(std::move(*this).error());
        if constexpr (std::is_void_v<U>) {
            std::forward<F>(f)();
            return {};
        } else {
            return std::forward<F>(f)();
        }
    }

private:
    std::optional<E> m_error;
};

} // namespace sotto

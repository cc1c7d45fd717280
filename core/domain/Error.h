#pragma once

#include <QString>

#include <expected>

namespace jiuzhu {

// Errors are values: every fallible core function returns Result<T> so a
// caller cannot forget a failure, and the message is already translated for
// the person who will read it.
enum class ErrorCode {
    InvalidInput,
    NotFound,
    Conflict,
    PermissionDenied,
    StoreLocked,
    StoreCorrupt,
    StoreTooNew,
    StoreMissing,
    AuditChainBroken,
    BundleDamaged, // an exchange file that is truncated, altered or not an exchange file at all
    BundleTooNew, // an exchange file made by a newer version of Jiuzhu
    BundleWrongRecipient, // an exchange file meant for another office or another key
    BundleUnknownSender, // an exchange file from an office whose keys are not registered
    Io,
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    // The user-visible name of the field or object concerned, already translated;
    // empty when the error is not about one field.
    QString field;
    // A complete translated sentence naming the rule that was broken.
    QString message;

    // "field: message" when a field is known, else the message alone.
    [[nodiscard]] QString toString() const;
};

template <typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString field, QString message)
{
    return std::unexpected<Error>(Error {code, std::move(field), std::move(message)});
}

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected<Error>(Error {code, QString(), std::move(message)});
}

[[nodiscard]] QString errorCodeName(ErrorCode code);

} // namespace jiuzhu

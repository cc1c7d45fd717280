#include "core/domain/Error.h"

namespace jiuzhu {

QString Error::toString() const
{
    if (field.isEmpty())
        return message;
    return field + QStringLiteral(": ") + message;
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission-denied");
    case ErrorCode::StoreLocked:
        return QStringLiteral("store-locked");
    case ErrorCode::StoreCorrupt:
        return QStringLiteral("store-corrupt");
    case ErrorCode::StoreTooNew:
        return QStringLiteral("store-too-new");
    case ErrorCode::StoreMissing:
        return QStringLiteral("store-missing");
    case ErrorCode::AuditChainBroken:
        return QStringLiteral("audit-chain-broken");
    case ErrorCode::BundleDamaged:
        return QStringLiteral("bundle-damaged");
    case ErrorCode::BundleTooNew:
        return QStringLiteral("bundle-too-new");
    case ErrorCode::BundleWrongRecipient:
        return QStringLiteral("bundle-wrong-recipient");
    case ErrorCode::BundleUnknownSender:
        return QStringLiteral("bundle-unknown-sender");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace jiuzhu

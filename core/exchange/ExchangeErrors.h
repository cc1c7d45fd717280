#pragma once

#include "core/domain/Error.h"

#include <QString>

namespace jiuzhu {

enum class BundleKind : quint8;

// The messages of the exchange library, in one place so the district's
// import screen and the township's export screen say the same thing for the
// same fault. All are translated in the "Exchange" context.
namespace exchangeerror {

QString kindName(BundleKind kind);

// Reading: from the outer framing inwards, in the order the checks run.
Error notAnExchangeFile();
Error truncated();
Error malformedFraming();
Error newerContainer(int found, int supported);
Error wrongKind(BundleKind found, BundleKind expected);
Error wrongRecipientOffice(const QString& recipient, const QString& ours);
Error wrongRecipientKey(const QString& recipientFingerprint, const QString& ourFingerprint);
Error unknownSender(const QString& senderCode, BundleKind kind);
Error senderNotAllowed(const QString& senderCode, BundleKind kind);
Error tamperedOrDamaged();
Error cannotDecrypt();
Error malformedContents();
Error bindingMismatch();
Error partDigestMismatch(const QString& partName);
Error newerPayload(int found, int supported);
Error archiveUnreadable();
Error archiveLimitExceeded();
Error contentsInconsistent();
Error manifestMismatch();

// Writing: what the caller handed over cannot be written.
Error invalidOfficeCode(const QString& field, const QString& code);
Error invalidRecipientRole(BundleKind kind);
Error keysDoNotMatchIdentity();
Error invalidMonth();
Error invalidSequence();
Error invalidCreatedTime();
Error textTooLong(const QString& field, qint64 limit);
Error listTooLong(const QString& field, qint64 limit);
Error invalidAttachmentName(const QString& name);
Error duplicateAttachmentName(const QString& name);
Error attachmentTooLarge(const QString& name, qint64 limit);
Error bundleTooLarge(qint64 limit);
Error headerDisagrees(const QString& field);
Error sumsOverflow();

// Keys.
Error cryptoUnavailable();
Error invalidSecretKeys();
Error invalidSetupBundle();

} // namespace exchangeerror
} // namespace jiuzhu

#pragma once

#include <QtGlobal>

#include <cstdint>

namespace jiuzhu::exchangelimits {

// Every count and size read from an exchange file is checked against these
// before anything is allocated for it: a damaged or hostile file must not be
// able to ask for gigabytes. They are generous for the largest township
// (10,000 households) and for a district's own files, with room to grow.

// A whole bundle file: a month's packet with its scanned PDFs stays far below.
inline constexpr qint64 kMaxBundleFileBytes = 256LL * 1024 * 1024;
// One attached PDF (confirmation forms, publicity photos as PDF, minutes).
inline constexpr qint64 kMaxAttachmentBytes = 32LL * 1024 * 1024;
inline constexpr std::uint64_t kMaxAttachments = 2000;
// The payload archive and the policy bundle's opaque blobs.
inline constexpr qint64 kMaxArchiveBytes = 128LL * 1024 * 1024;
inline constexpr qint64 kMaxPolicyBlobBytes = 16LL * 1024 * 1024;
// Parts of one bundle: the archive, a few fixed blobs and the attachments.
inline constexpr std::uint64_t kMaxParts = kMaxAttachments + 8;
inline constexpr std::uint64_t kMaxPartNameBytes = 255;

// Entries of one list in a payload (roster lines, decided cases, changes…).
inline constexpr std::uint64_t kMaxListEntries = 200000;
// Short items: entrustment items, receipts, rectification requests per bundle.
inline constexpr std::uint64_t kMaxShortListEntries = 10000;
// Names, codes, ID numbers, file names: a line of text.
inline constexpr std::uint64_t kMaxShortTextBytes = 512;
// Reasons, requests, remarks: a paragraph or a page.
inline constexpr std::uint64_t kMaxLongTextBytes = 64 * 1024;
// Office codes travel in fixed-size fields of the cleartext routing header.
inline constexpr int kMaxOfficeCodeBytes = 32;
inline constexpr std::uint64_t kMaxOfficeNameBytes = 256;

} // namespace jiuzhu::exchangelimits

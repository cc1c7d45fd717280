#pragma once

#include <QByteArrayView>
#include <QString>

#include <array>
#include <optional>

namespace jiuzhu {

// A SHA-256 digest: of a part of a bundle, of a whole packet file (the chain
// of packets links each to the digest of the previous file), of anything the
// district compares byte for byte.
struct Sha256Digest
{
    static constexpr std::size_t kSize = 32;

    std::array<quint8, kSize> bytes {};

    [[nodiscard]] static Sha256Digest of(QByteArrayView data);
    // 64 hexadecimal digits, either case; anything else gives nullopt.
    [[nodiscard]] static std::optional<Sha256Digest> fromHex(QStringView hex);

    [[nodiscard]] QString toHex() const;
    // The digest of the "previous packet" of a township's first packet.
    [[nodiscard]] bool isZero() const;

    friend bool operator==(const Sha256Digest&, const Sha256Digest&) = default;
};

} // namespace jiuzhu

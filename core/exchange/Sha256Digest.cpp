#include "core/exchange/Sha256Digest.h"

#include "core/exchange/SodiumRuntime.h"

#include <QByteArray>

#include <algorithm>
#include <sodium.h>

namespace jiuzhu {

static_assert(Sha256Digest::kSize == crypto_hash_sha256_BYTES);

Sha256Digest Sha256Digest::of(QByteArrayView data)
{
    (void)sodiumruntime::ensureInitialised();
    Sha256Digest digest;
    crypto_hash_sha256(digest.bytes.data(), reinterpret_cast<const unsigned char*>(data.data()),
        static_cast<unsigned long long>(data.size()));
    return digest;
}

std::optional<Sha256Digest> Sha256Digest::fromHex(QStringView hex)
{
    if (hex.size() != static_cast<qsizetype>(kSize * 2))
        return std::nullopt;
    const bool allHex = std::all_of(hex.begin(), hex.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
    if (!allHex)
        return std::nullopt;
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    Sha256Digest digest;
    std::copy(raw.cbegin(), raw.cend(), digest.bytes.begin());
    return digest;
}

QString Sha256Digest::toHex() const
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(kSize)).toHex());
}

bool Sha256Digest::isZero() const
{
    return std::all_of(bytes.begin(), bytes.end(), [](quint8 byte) { return byte == 0; });
}

} // namespace jiuzhu

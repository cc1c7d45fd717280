#include "core/exchange/OfficeKeys.h"

#include "core/exchange/ExchangeErrors.h"
#include "core/exchange/SodiumRuntime.h"

#include <QStringList>

#include <algorithm>
#include <cstring>
#include <new>
#include <sodium.h>

namespace jiuzhu {

static_assert(std::tuple_size_v<PublicKey> == crypto_sign_PUBLICKEYBYTES);
static_assert(std::tuple_size_v<PublicKey> == crypto_box_PUBLICKEYBYTES);
static_assert(std::tuple_size_v<Signature> == crypto_sign_BYTES);
static_assert(KeyFingerprint::kSize * 8 / 32 == KeyFingerprint::kGroupCount);

namespace {

// Versioned so a later key scheme can be told apart from this one.
constexpr char kSecretMagic[8] = {'J', 'Z', 'S', 'E', 'C', 'R', 'E', 'T'};
constexpr quint8 kSecretFormat = 1;
// Domain separation: a fingerprint is never equal to a hash of the same
// bytes made for another purpose.
constexpr char kFingerprintKey[] = "jiuzhu office key fingerprint v1";

const unsigned char* asBytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

} // namespace

struct OfficeKeys::SecretMaterial
{
    unsigned char signing[crypto_sign_SECRETKEYBYTES];
    unsigned char encryption[crypto_box_SECRETKEYBYTES];
};

void OfficeKeys::SecretDeleter::operator()(SecretMaterial* secret) const noexcept
{
    // sodium_free wipes too; the explicit wipe documents the intent and
    // survives a later switch to another allocator.
    sodium_memzero(secret, sizeof(SecretMaterial));
    sodium_free(secret);
}

OfficeKeys::OfficeKeys() = default;

OfficeKeys::~OfficeKeys() = default;

Result<OfficeKeys> OfficeKeys::generate()
{
    if (!sodiumruntime::ensureInitialised())
        return std::unexpected(exchangeerror::cryptoUnavailable());
    OfficeKeys keys;
    keys.m_secret.reset(static_cast<SecretMaterial*>(sodium_malloc(sizeof(SecretMaterial))));
    if (!keys.m_secret)
        return std::unexpected(exchangeerror::cryptoUnavailable());
    crypto_sign_keypair(keys.m_public.signing.data(), keys.m_secret->signing);
    crypto_box_keypair(keys.m_public.encryption.data(), keys.m_secret->encryption);
    return keys;
}

Result<OfficeKeys> OfficeKeys::fromSecretBytes(QByteArrayView secret)
{
    if (!sodiumruntime::ensureInitialised())
        return std::unexpected(exchangeerror::cryptoUnavailable());
    if (secret.size() != kSecretBytesSize || std::memcmp(secret.data(), kSecretMagic, sizeof kSecretMagic) != 0
        || static_cast<quint8>(secret[sizeof kSecretMagic]) != kSecretFormat)
        return std::unexpected(exchangeerror::invalidSecretKeys());

    OfficeKeys keys;
    keys.m_secret.reset(static_cast<SecretMaterial*>(sodium_malloc(sizeof(SecretMaterial))));
    if (!keys.m_secret)
        return std::unexpected(exchangeerror::cryptoUnavailable());
    const unsigned char* cursor = asBytes(secret) + sizeof kSecretMagic + 1;
    std::memcpy(keys.m_secret->signing, cursor, crypto_sign_SECRETKEYBYTES);
    std::memcpy(keys.m_secret->encryption, cursor + crypto_sign_SECRETKEYBYTES, crypto_box_SECRETKEYBYTES);

    // An Ed25519 secret key is seed + public key: derive the pair from the
    // seed again so a damaged or spliced key file is caught here, not as a
    // mysterious signature failure at the district.
    unsigned char seed[crypto_sign_SEEDBYTES];
    unsigned char rederivedSecret[crypto_sign_SECRETKEYBYTES];
    crypto_sign_ed25519_sk_to_seed(seed, keys.m_secret->signing);
    crypto_sign_seed_keypair(keys.m_public.signing.data(), rederivedSecret, seed);
    const bool signingIntact
        = sodium_memcmp(rederivedSecret, keys.m_secret->signing, crypto_sign_SECRETKEYBYTES) == 0;
    sodium_memzero(seed, sizeof seed);
    sodium_memzero(rederivedSecret, sizeof rederivedSecret);
    if (!signingIntact)
        return std::unexpected(exchangeerror::invalidSecretKeys());
    if (crypto_scalarmult_base(keys.m_public.encryption.data(), keys.m_secret->encryption) != 0)
        return std::unexpected(exchangeerror::invalidSecretKeys());
    return keys;
}

QByteArray OfficeKeys::secretBytes() const
{
    QByteArray secret;
    secret.reserve(kSecretBytesSize);
    secret.append(kSecretMagic, sizeof kSecretMagic);
    secret.append(static_cast<char>(kSecretFormat));
    secret.append(reinterpret_cast<const char*>(m_secret->signing), crypto_sign_SECRETKEYBYTES);
    secret.append(reinterpret_cast<const char*>(m_secret->encryption), crypto_box_SECRETKEYBYTES);
    return secret;
}

Signature OfficeKeys::sign(QByteArrayView message) const
{
    Signature signature {};
    crypto_sign_detached(signature.data(), nullptr, asBytes(message),
        static_cast<unsigned long long>(message.size()), m_secret->signing);
    return signature;
}

bool OfficeKeys::openSealed(QByteArrayView sealed, QByteArray& plain) const
{
    if (sealed.size() < static_cast<qsizetype>(crypto_box_SEALBYTES))
        return false;
    plain.resize(sealed.size() - static_cast<qsizetype>(crypto_box_SEALBYTES));
    const bool opened = crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()), asBytes(sealed),
                            static_cast<unsigned long long>(sealed.size()), m_public.encryption.data(),
                            m_secret->encryption)
        == 0;
    if (!opened)
        plain.clear();
    return opened;
}

bool verifySignature(const PublicKey& signingKey, QByteArrayView message, const Signature& signature)
{
    if (!sodiumruntime::ensureInitialised())
        return false;
    return crypto_sign_verify_detached(signature.data(), asBytes(message),
               static_cast<unsigned long long>(message.size()), signingKey.data())
        == 0;
}

KeyFingerprint KeyFingerprint::of(const OfficePublicKeys& keys)
{
    (void)sodiumruntime::ensureInitialised();
    unsigned char input[crypto_sign_PUBLICKEYBYTES + crypto_box_PUBLICKEYBYTES];
    std::memcpy(input, keys.signing.data(), keys.signing.size());
    std::memcpy(input + keys.signing.size(), keys.encryption.data(), keys.encryption.size());
    KeyFingerprint fingerprint;
    crypto_generichash(fingerprint.m_bytes.data(), kSize, input, sizeof input,
        reinterpret_cast<const unsigned char*>(kFingerprintKey), sizeof kFingerprintKey - 1);
    return fingerprint;
}

KeyFingerprint KeyFingerprint::fromBytes(const std::array<quint8, kSize>& bytes)
{
    KeyFingerprint fingerprint;
    fingerprint.m_bytes = bytes;
    return fingerprint;
}

QStringList KeyFingerprint::groups() const
{
    // Each group is 4 digest bytes reduced to 5 decimal digits; the bias of
    // 2^32 mod 100000 is below one in 40,000 and does not matter for a
    // comparison by eye.
    QStringList result;
    for (int group = 0; group < kGroupCount; ++group) {
        quint32 value = 0;
        for (int byte = 0; byte < 4; ++byte)
            value = (value << 8) | m_bytes[static_cast<std::size_t>(group * 4 + byte)];
        result.append(QStringLiteral("%1").arg(value % 100000U, 5, 10, QLatin1Char('0')));
    }
    return result;
}

QString KeyFingerprint::toDisplayString() const
{
    return groups().join(QLatin1Char(' '));
}

bool KeyFingerprint::isZero() const
{
    return std::all_of(m_bytes.begin(), m_bytes.end(), [](quint8 byte) { return byte == 0; });
}

} // namespace jiuzhu

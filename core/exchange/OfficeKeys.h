#pragma once

#include "core/domain/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

namespace jiuzhu {

enum class OfficeRole { Township, District };

using PublicKey = std::array<quint8, 32>;
using Signature = std::array<quint8, 64>;

// What an office publishes: the key others check its signatures with
// (Ed25519) and the key others encrypt to it with (X25519).
struct OfficePublicKeys
{
    PublicKey signing {};
    PublicKey encryption {};

    friend bool operator==(const OfficePublicKeys&, const OfficePublicKeys&) = default;
};

// A digest of both public keys, short enough to read aloud over the phone or
// compare on paper: 8 groups of 5 digits. Two offices that see the same
// groups hold the same keys.
class KeyFingerprint
{
public:
    static constexpr std::size_t kSize = 32;
    static constexpr int kGroupCount = 8;

    KeyFingerprint() = default;
    [[nodiscard]] static KeyFingerprint of(const OfficePublicKeys& keys);
    [[nodiscard]] static KeyFingerprint fromBytes(const std::array<quint8, kSize>& bytes);

    [[nodiscard]] const std::array<quint8, kSize>& bytes() const { return m_bytes; }
    // "12345 67890 …": the form printed on the setup sheet and shown on screen.
    [[nodiscard]] QString toDisplayString() const;
    [[nodiscard]] QStringList groups() const;
    [[nodiscard]] bool isZero() const;

    friend bool operator==(const KeyFingerprint&, const KeyFingerprint&) = default;

private:
    std::array<quint8, kSize> m_bytes {};
};

// An office as others know it: what its setup bundle carries.
struct OfficeIdentity
{
    QString officeCode;
    QString officeName;
    OfficeRole role = OfficeRole::Township;
    OfficePublicKeys keys;

    [[nodiscard]] KeyFingerprint fingerprint() const { return KeyFingerprint::of(keys); }
    friend bool operator==(const OfficeIdentity&, const OfficeIdentity&) = default;
};

// An office's own key pairs. The secret halves live in memory from
// sodium_malloc (locked, guarded) and are wiped when the object goes away;
// secretBytes() hands them to the caller to store as it sees fit (the store
// keeps them; protecting them at rest is its business).
class OfficeKeys
{
public:
    // Size of secretBytes(): magic, format byte, Ed25519 and X25519 secrets.
    static constexpr qsizetype kSecretBytesSize = 8 + 1 + 64 + 32;

    [[nodiscard]] static Result<OfficeKeys> generate();
    // Accepts only what secretBytes() produced; the public keys are derived
    // again and checked against the stored ones.
    [[nodiscard]] static Result<OfficeKeys> fromSecretBytes(QByteArrayView secret);

    OfficeKeys(OfficeKeys&&) noexcept = default;
    OfficeKeys& operator=(OfficeKeys&&) noexcept = default;
    OfficeKeys(const OfficeKeys&) = delete;
    OfficeKeys& operator=(const OfficeKeys&) = delete;
    ~OfficeKeys();

    // The caller should wipe its copy once stored: QByteArray cannot do it.
    [[nodiscard]] QByteArray secretBytes() const;
    [[nodiscard]] const OfficePublicKeys& publicKeys() const { return m_public; }
    [[nodiscard]] KeyFingerprint fingerprint() const { return KeyFingerprint::of(m_public); }

    // Ed25519 detached signature of `message`.
    [[nodiscard]] Signature sign(QByteArrayView message) const;
    // Opens a crypto_box_seal box addressed to our X25519 key into `plain`;
    // false when it was not sealed to us or was altered.
    [[nodiscard]] bool openSealed(QByteArrayView sealed, QByteArray& plain) const;

private:
    struct SecretMaterial;
    struct SecretDeleter
    {
        void operator()(SecretMaterial* secret) const noexcept;
    };

    OfficeKeys();

    OfficePublicKeys m_public;
    std::unique_ptr<SecretMaterial, SecretDeleter> m_secret;
};

// Anyone holding the public key can check a signature.
[[nodiscard]] bool verifySignature(const PublicKey& signingKey, QByteArrayView message, const Signature& signature);

} // namespace jiuzhu

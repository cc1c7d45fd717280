#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <optional>

namespace jiuzhu::bytelayout {

// Fixed-layout binary fields (little-endian integers, NUL-padded ASCII) for
// the parts of an exchange file that are read before its signature has been
// checked: every read is bounds-checked and nothing is allocated from a
// length found in the data.
class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    {
    }

    [[nodiscard]] std::optional<quint8> u8();
    [[nodiscard]] std::optional<quint16> u16();
    [[nodiscard]] std::optional<quint32> u32();
    [[nodiscard]] std::optional<quint64> u64();
    // A view of the next `count` bytes; nullopt when fewer remain.
    [[nodiscard]] std::optional<QByteArrayView> take(quint64 count);
    template <std::size_t N> [[nodiscard]] std::optional<std::array<quint8, N>> array()
    {
        const auto bytes = take(N);
        if (!bytes)
            return std::nullopt;
        std::array<quint8, N> result {};
        std::copy(bytes->begin(), bytes->end(), result.begin());
        return result;
    }
    // A NUL-padded field of exactly `width` bytes holding a code made of
    // letters, digits, '-', '_' and '.'; nullopt for anything else.
    [[nodiscard]] std::optional<QString> paddedCode(int width);

    [[nodiscard]] qsizetype position() const { return m_position; }
    [[nodiscard]] qsizetype remaining() const { return m_data.size() - m_position; }
    [[nodiscard]] bool atEnd() const { return remaining() == 0; }

private:
    QByteArrayView m_data;
    qsizetype m_position = 0;
};

class Writer
{
public:
    explicit Writer(QByteArray& out)
        : m_out(out)
    {
    }

    void u8(quint8 value);
    void u16(quint16 value);
    void u32(quint32 value);
    void u64(quint64 value);
    void bytes(QByteArrayView data) { m_out.append(data); }
    template <std::size_t N> void array(const std::array<quint8, N>& data)
    {
        m_out.append(reinterpret_cast<const char*>(data.data()), static_cast<qsizetype>(N));
    }
    // The caller has checked the code with isValidCode() and width.
    void paddedCode(const QString& code, int width);

private:
    QByteArray& m_out;
};

// Office codes travel in cleartext and in fixed-width fields: 1 to `width`
// ASCII letters, digits, '-', '_' or '.'.
[[nodiscard]] bool isValidCode(const QString& code, int width);

} // namespace jiuzhu::bytelayout

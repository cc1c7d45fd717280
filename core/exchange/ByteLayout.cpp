#include "core/exchange/ByteLayout.h"

#include <algorithm>

namespace jiuzhu::bytelayout {

namespace {

bool isCodeCharacter(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'-'
        || c == u'_' || c == u'.';
}

template <typename Unsigned> std::optional<Unsigned> readLittleEndian(Reader& reader)
{
    const auto bytes = reader.take(sizeof(Unsigned));
    if (!bytes)
        return std::nullopt;
    Unsigned value = 0;
    for (qsizetype index = static_cast<qsizetype>(sizeof(Unsigned)) - 1; index >= 0; --index)
        value = static_cast<Unsigned>((value << 8) | static_cast<quint8>(bytes->at(index)));
    return value;
}

template <typename Unsigned> void writeLittleEndian(QByteArray& out, Unsigned value)
{
    for (std::size_t index = 0; index < sizeof(Unsigned); ++index)
        out.append(static_cast<char>((value >> (8 * index)) & 0xff));
}

} // namespace

std::optional<quint8> Reader::u8()
{
    return readLittleEndian<quint8>(*this);
}

std::optional<quint16> Reader::u16()
{
    return readLittleEndian<quint16>(*this);
}

std::optional<quint32> Reader::u32()
{
    return readLittleEndian<quint32>(*this);
}

std::optional<quint64> Reader::u64()
{
    return readLittleEndian<quint64>(*this);
}

std::optional<QByteArrayView> Reader::take(quint64 count)
{
    if (count > static_cast<quint64>(remaining()))
        return std::nullopt;
    const QByteArrayView view = m_data.sliced(m_position, static_cast<qsizetype>(count));
    m_position += static_cast<qsizetype>(count);
    return view;
}

std::optional<QString> Reader::paddedCode(int width)
{
    const auto field = take(static_cast<quint64>(width));
    if (!field)
        return std::nullopt;
    const qsizetype length = field->indexOf('\0') < 0 ? field->size() : field->indexOf('\0');
    const QByteArrayView text = field->first(length);
    const QByteArrayView padding = field->sliced(length);
    if (std::any_of(padding.begin(), padding.end(), [](char c) { return c != '\0'; }))
        return std::nullopt;
    QString code = QString::fromLatin1(text);
    if (!code.isEmpty() && !isValidCode(code, width))
        return std::nullopt;
    return code;
}

void Writer::u8(quint8 value)
{
    m_out.append(static_cast<char>(value));
}

void Writer::u16(quint16 value)
{
    writeLittleEndian(m_out, value);
}

void Writer::u32(quint32 value)
{
    writeLittleEndian(m_out, value);
}

void Writer::u64(quint64 value)
{
    writeLittleEndian(m_out, value);
}

void Writer::paddedCode(const QString& code, int width)
{
    const QByteArray text = code.toLatin1();
    m_out.append(text);
    m_out.append(QByteArray(width - text.size(), '\0'));
}

bool isValidCode(const QString& code, int width)
{
    return !code.isEmpty() && code.size() <= width
        && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return isCodeCharacter(c.unicode()); });
}

} // namespace jiuzhu::bytelayout

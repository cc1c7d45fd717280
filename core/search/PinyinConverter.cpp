#include "core/search/PinyinConverter.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <mutex>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

namespace jiuzhu {

namespace {

Q_LOGGING_CATEGORY(lcPinyin, "jiuzhu.search.pinyin")

struct CharacterReading
{
    char32_t codePoint;
    const char16_t* syllable;
};

// Characters ICU reads wrongly in names and place names alike, wherever they
// stand; the surname table still wins at the start of a name (长孙 → zhang sun).
constexpr std::array kCharacterReadings = {
    CharacterReading {U'长', u"chang"}, // 长春, 长林, 长江; zhang ("elder") is rare in names
    CharacterReading {U'晟', u"sheng"}, // the 现代汉语词典 reading; ICU says cheng
    CharacterReading {U'\U00020BB7', u"ji"}, // 𠮷, a variant of 吉 found in real names; ICU 72 has none
};

bool isHan(char32_t c)
{
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_HAN && U_SUCCESS(status);
}

// Marks belong to the word they sit on ("José" in decomposed form).
bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isPinyinSyllable(QStringView s)
{
    return !s.isEmpty() && std::ranges::all_of(s, [](QChar c) { return c >= u'a' && c <= u'z'; });
}

bool isAsciiAlphanumeric(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

} // namespace

class PinyinConverter::Engine
{
public:
    Engine()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_transliterator.reset(icu::Transliterator::createInstance(
            icu::UnicodeString(u"Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            // Without ICU's data only the tables and ASCII words still work;
            // searching by Han names would silently find nothing, so say so loudly.
            qCCritical(lcPinyin) << "Cannot create the Han-Latin transliterator:" << u_errorName(status);
            m_transliterator.reset();
        }
    }

    // The syllable of one Han character; empty when there is none.
    QString readingOf(char32_t c)
    {
        // Names reuse a few thousand characters, and a transliteration costs
        // microseconds: loading 100,000 households would spend seconds in ICU.
        {
            const std::scoped_lock lock(m_cacheMutex);
            const auto cached = m_readings.constFind(c);
            if (cached != m_readings.cend())
                return cached.value();
        }
        QString reading = uncachedReadingOf(c);
        const std::scoped_lock lock(m_cacheMutex);
        m_readings.insert(c, reading);
        return reading;
    }

    // A non-Han word in lower-case ASCII; letters that do not fold to ASCII
    // (Cyrillic, kana) are dropped.
    QString asciiWord(QStringView word)
    {
        const bool isAscii = std::ranges::all_of(word, [](QChar c) { return c.unicode() < 0x80; });
        QString folded = isAscii ? word.toString().toLower()
                                 : transliterate(icu::UnicodeString(false,
                                     reinterpret_cast<const UChar*>(word.utf16()), int32_t(word.size())));
        folded.removeIf([](QChar c) { return !isAsciiAlphanumeric(c); });
        return folded;
    }

private:
    QString uncachedReadingOf(char32_t c)
    {
        const auto fixed = std::ranges::find(kCharacterReadings, c, &CharacterReading::codePoint);
        if (fixed != kCharacterReadings.end())
            return QString::fromUtf16(fixed->syllable);

        QString reading = transliterate(icu::UnicodeString(static_cast<UChar32>(c)));
        // ICU returns the character itself when it has no reading; a stray
        // Han character or a space-separated pair would corrupt the index.
        if (!isPinyinSyllable(reading))
            return QString();
        return reading;
    }

    QString transliterate(icu::UnicodeString text)
    {
        if (!m_transliterator)
            return QString();
        {
            // ICU does not promise that one Transliterator may be used from
            // several threads at once. A clone per call (~1 µs) would buy no
            // parallelism: rule-based transliterators take a global ICU lock
            // inside anyway.
            const std::scoped_lock lock(m_mutex);
            m_transliterator->transliterate(text);
        }
        return fromIcu(text);
    }

    std::mutex m_mutex;
    std::unique_ptr<icu::Transliterator> m_transliterator;
    std::mutex m_cacheMutex;
    QHash<char32_t, QString> m_readings;
};

const PinyinConverter& PinyinConverter::instance()
{
    // A function-local static is initialised exactly once even when several
    // threads get here first at the same time.
    static const PinyinConverter converter;
    return converter;
}

PinyinConverter::PinyinConverter()
    : m_engine(std::make_unique<Engine>())
{
    QFile file(surnameTablePath());
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcPinyin) << "Cannot open the surname table" << file.fileName() << file.errorString();
        return;
    }
    Result<SurnameTable> table = parseSurnameTable(QString::fromUtf8(file.readAll()));
    if (!table) {
        // The table is embedded at build time and checked by the tests, so this
        // means a broken build; fall back to ICU's readings rather than fail.
        qCCritical(lcPinyin) << "Cannot load the surname table:" << table.error().toString();
        return;
    }
    m_surnames = std::move(*table);
    for (auto it = m_surnames.cbegin(); it != m_surnames.cend(); ++it)
        m_longestSurname = std::max(m_longestSurname, it.value().size());
}

PinyinConverter::~PinyinConverter() = default;

QStringList PinyinConverter::syllables(const QString& personName) const
{
    return convert(personName, true);
}

QString PinyinConverter::fullPinyin(const QString& personName) const
{
    return syllables(personName).join(QString());
}

QString PinyinConverter::initials(const QString& personName) const
{
    QString out;
    for (const QString& syllable : syllables(personName))
        out.append(syllable.front());
    return out;
}

QStringList PinyinConverter::syllablesOfText(const QString& text) const
{
    return convert(text, false);
}

QStringList PinyinConverter::convert(const QString& text, bool isPersonName) const
{
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_KC).toUcs4();
    const qsizetype count = codePoints.size();
    QStringList out;
    qsizetype i = 0;

    if (isPersonName) {
        while (i < count && !isHan(codePoints[i]) && !isWordCharacter(codePoints[i]))
            ++i;
        qsizetype hanRun = 0;
        while (hanRun < m_longestSurname && i + hanRun < count && isHan(codePoints[i + hanRun]))
            ++hanRun;
        for (qsizetype length = hanRun; length > 0; --length) {
            const QString candidate
                = QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData() + i), length);
            const auto it = m_surnames.constFind(candidate);
            if (it != m_surnames.cend()) {
                out.append(it.value());
                i += length;
                break;
            }
        }
    }

    QString word;
    const auto flushWord = [&] {
        if (word.isEmpty())
            return;
        QString ascii = m_engine->asciiWord(word);
        if (!ascii.isEmpty())
            out.append(std::move(ascii));
        word.clear();
    };
    for (; i < count; ++i) {
        const char32_t c = codePoints[i];
        if (isHan(c)) {
            flushWord();
            QString reading = m_engine->readingOf(c);
            if (!reading.isEmpty())
                out.append(std::move(reading));
        } else if (isWordCharacter(c)) {
            word.append(QChar::fromUcs4(c));
        } else {
            flushWord();
        }
    }
    flushWord();
    return out;
}

Result<PinyinConverter::SurnameTable> PinyinConverter::parseSurnameTable(QStringView tsv)
{
    const QString field = tr("Surname pinyin table");
    SurnameTable table;
    qsizetype lineNumber = 0;
    for (QStringView line : tsv.split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;

        const QList<QStringView> columns = line.split(u'\t');
        if (columns.size() != 2) {
            return fail(ErrorCode::InvalidInput, field,
                tr("Line %1 must be a surname, one tab and its pinyin.").arg(lineNumber));
        }
        // Names are NFKC-normalised before lookup, so keys must be too.
        const QString surname = columns[0].toString().normalized(QString::NormalizationForm_KC);
        const QList<uint> characters = surname.toUcs4();
        if (characters.isEmpty() || !std::ranges::all_of(characters, [](uint c) { return isHan(c); })) {
            return fail(ErrorCode::InvalidInput, field,
                tr("Line %1: the surname “%2” must consist of Chinese characters only.")
                    .arg(lineNumber)
                    .arg(columns[0]));
        }
        QStringList readings;
        for (QStringView syllable : columns[1].split(u' ')) {
            if (!isPinyinSyllable(syllable)) {
                return fail(ErrorCode::InvalidInput, field,
                    tr("Line %1: “%2” is not toneless lower-case pinyin; separate syllables "
                       "with single spaces.")
                        .arg(lineNumber)
                        .arg(columns[1]));
            }
            readings.append(syllable.toString());
        }
        if (readings.size() != characters.size()) {
            return fail(ErrorCode::InvalidInput, field,
                tr("Line %1: the surname “%2” has %3 characters but %4 syllables.")
                    .arg(lineNumber)
                    .arg(surname)
                    .arg(characters.size())
                    .arg(readings.size()));
        }
        if (table.contains(surname)) {
            return fail(ErrorCode::InvalidInput, field,
                tr("Line %1: the surname “%2” is listed twice.").arg(lineNumber).arg(surname));
        }
        table.insert(surname, readings);
    }
    return table;
}

QString PinyinConverter::surnameTablePath()
{
    return QStringLiteral(":/jiuzhu/search/surname_readings.tsv");
}

} // namespace jiuzhu

#include "core/documents/DocumentFonts.h"

#include "core/documents/PageGrid.h"

#include <QFontDatabase>
#include <QSet>

namespace jiuzhu {

namespace {

QString firstInstalled(const QStringList& families)
{
    for (const QString& family : families) {
        if (QFontDatabase::hasFamily(family))
            return family;
    }
    return QString();
}

bool isRoleOnSongFace(TextRole role)
{
    return role == TextRole::Title || role == TextRole::Table || role == TextRole::PageNumber
        || role == TextRole::CoverTitle;
}

} // namespace

bool DocumentFonts::breaksPdfTextLayer(const QString& family)
{
    const QString folded = family.toCaseFolded();
    return folded.contains(QStringLiteral("noto sans cjk")) || folded.contains(QStringLiteral("noto serif cjk"))
        || folded.contains(QStringLiteral("source han"));
}

Result<DocumentFonts> DocumentFonts::resolve(const FontSettings& settings)
{
    const auto refuseBroken = [](const QStringList& families) -> Status {
        for (const QString& family : families) {
            if (breaksPdfTextLayer(family))
                return fail(ErrorCode::InvalidInput, family,
                    tr("this face cannot be used for documents: its PDF text layer replaces common characters "
                       "such as 生 and 民 with radicals, so the documents could not be searched or copied."));
        }
        return {};
    };
    for (const QStringList& configured :
        {settings.titleFamilies, settings.bodyFamilies, QStringList {settings.bodyFallback}, settings.extensionFamilies}) {
        if (auto ok = refuseBroken(configured); !ok)
            return std::unexpected(ok.error());
    }

    DocumentFonts fonts;
    fonts.m_titleFamily = firstInstalled(settings.titleFamilies);
    if (fonts.m_titleFamily.isEmpty())
        return fail(ErrorCode::NotFound, settings.titleFamilies.join(QStringLiteral(", ")),
            tr("none of the title faces is installed."));
    fonts.m_bodyFamily = firstInstalled(settings.bodyFamilies);
    fonts.m_bodyIsFangSong = !fonts.m_bodyFamily.isEmpty();
    if (fonts.m_bodyFamily.isEmpty()) {
        if (!QFontDatabase::hasFamily(settings.bodyFallback))
            return fail(ErrorCode::NotFound, settings.bodyFallback,
                tr("no FangSong face is installed and the fallback body face is missing too."));
        fonts.m_bodyFamily = settings.bodyFallback;
    }
    for (const QString& family : settings.extensionFamilies) {
        if (QFontDatabase::hasFamily(family))
            fonts.m_extensionFamilies.append(family);
    }

    auto rawFonts = std::make_shared<QHash<QString, QRawFont>>();
    const QStringList all = QStringList {fonts.m_titleFamily, fonts.m_bodyFamily} + fonts.m_extensionFamilies;
    for (const QString& family : all) {
        if (rawFonts->contains(family))
            continue;
        QFont probe(family);
        probe.setPixelSize(64);
        rawFonts->insert(family, QRawFont::fromFont(probe));
    }
    fonts.m_rawFonts = std::move(rawFonts);
    return fonts;
}

QStringList DocumentFonts::chain(TextRole role) const
{
    QStringList families {isRoleOnSongFace(role) ? m_titleFamily : m_bodyFamily};
    // The other main face comes before the extension faces: a FangSong
    // without some Extension A character still prints it in Song rather
    // than in HanaMin's heavier design.
    const QString other = isRoleOnSongFace(role) ? m_bodyFamily : m_titleFamily;
    if (!families.contains(other))
        families.append(other);
    for (const QString& family : m_extensionFamilies) {
        if (!families.contains(family))
            families.append(family);
    }
    return families;
}

qreal DocumentFonts::pointSize(TextRole role)
{
    switch (role) {
    case TextRole::Title:
        return 22.0; // 二号
    case TextRole::Body:
        return PageGrid::bodyPointSize(); // 三号 fitted to 28 characters
    case TextRole::Stub:
        return 14.0; // 四号
    case TextRole::Table:
        return 12.0; // 小四
    case TextRole::PageNumber:
        return 14.0; // 四号
    case TextRole::CoverTitle:
        return 26.0; // 一号
    }
    return PageGrid::bodyPointSize();
}

QFont DocumentFonts::font(TextRole role) const
{
    QFont font;
    font.setFamilies(chain(role));
    font.setPointSizeF(pointSize(role));
    font.setKerning(false);
    return font;
}

QString DocumentFonts::familyFor(char32_t ucs4, TextRole role) const
{
    for (const QString& family : chain(role)) {
        const auto raw = m_rawFonts->constFind(family);
        if (raw != m_rawFonts->constEnd() && raw->supportsCharacter(uint(ucs4)))
            return family;
    }
    return QString();
}

QString DocumentFonts::uncoveredCharacters(const QString& text, TextRole role) const
{
    QString missing;
    QSet<char32_t> seen;
    for (const char32_t ucs4 : text.toUcs4()) {
        if (seen.contains(ucs4) || QChar::isSpace(ucs4) || QChar::category(ucs4) == QChar::Other_Control)
            continue;
        seen.insert(ucs4);
        if (familyFor(ucs4, role).isEmpty())
            missing.append(QString::fromUcs4(&ucs4, 1));
    }
    return missing;
}

} // namespace jiuzhu

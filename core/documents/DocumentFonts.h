#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QRawFont>
#include <QString>
#include <QStringList>

#include <memory>

namespace jiuzhu {

// What a piece of text is, which decides its face and size.
enum class TextRole {
    Title, // 标题: Song face, 二号
    Body, // 正文: FangSong face, 三号 fitted to the grid
    Stub, // 存根 and cut line: FangSong, 四号
    Table, // form and roster cells: Song face, 小四
    PageNumber, // "— 1 —": Song face, 四号 half-width digits
    CoverTitle, // dossier cover title: Song face, 一号
};

// Which installed faces print which text. An office may change any of it
// (for instance to a FangSong it has bought); the defaults work on a bare
// Debian, UOS or Kylin desktop with the free fonts the package depends on.
struct FontSettings
{
    // Song (宋体/明体) faces for titles, tables and page numbers; the first
    // installed one wins.
    QStringList titleFamilies {QStringLiteral("AR PL UMing CN")};
    // FangSong (仿宋) faces for the body, as the standard asks; Windows and
    // most domestic Linux desktops have one of these, Debian has none.
    QStringList bodyFamilies {QStringLiteral("FangSong"),
        QStringLiteral("仿宋"),
        QStringLiteral("FangSong_GB2312"),
        QStringLiteral("仿宋_GB2312"),
        QStringLiteral("STFangsong"),
        QStringLiteral("华文仿宋")};
    // The body face when no FangSong is installed.
    QString bodyFallback = QStringLiteral("AR PL UMing CN");
    // Appended to every chain so that rare name characters outside the main
    // faces (CJK Extension B, such as 𠮷) never print as missing-glyph boxes.
    QStringList extensionFamilies {QStringLiteral("HanaMinB"), QStringLiteral("HanaMinA")};
};

// The faces resolved against what is installed, with one fallback chain per
// role. Resolving refuses faces whose PDF text layer is known to be wrong.
class DocumentFonts
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFonts)

public:
    [[nodiscard]] static Result<DocumentFonts> resolve(const FontSettings& settings = FontSettings());

    // Noto Sans/Serif CJK and Source Han: Qt 6.4 writes their text layer with
    // Kangxi radicals in place of 生民人日月…, so searching a PDF for
    // "最低生活保障" fails although the page looks right.
    [[nodiscard]] static bool breaksPdfTextLayer(const QString& family);

    [[nodiscard]] QString titleFamily() const { return m_titleFamily; }
    [[nodiscard]] QString bodyFamily() const { return m_bodyFamily; }
    [[nodiscard]] bool bodyIsFangSong() const { return m_bodyIsFangSong; }
    [[nodiscard]] QStringList extensionFamilies() const { return m_extensionFamilies; }

    // The role's face followed by the extension faces, in the order Qt tries them.
    [[nodiscard]] QStringList chain(TextRole role) const;
    // The nominal size of the role; the body is fitted to the grid by the layouter.
    [[nodiscard]] static qreal pointSize(TextRole role);
    [[nodiscard]] QFont font(TextRole role) const;

    // The first face of the role's chain with a glyph for `ucs4`, empty if none.
    [[nodiscard]] QString familyFor(char32_t ucs4, TextRole role) const;
    // Characters of `text` no face of the chain can print (spaces and
    // controls excepted), each listed once.
    [[nodiscard]] QString uncoveredCharacters(const QString& text, TextRole role) const;

private:
    QString m_titleFamily;
    QString m_bodyFamily;
    bool m_bodyIsFangSong = false;
    QStringList m_extensionFamilies;
    // Shared between copies: loading a face's character map is not free.
    std::shared_ptr<const QHash<QString, QRawFont>> m_rawFonts;
};

} // namespace jiuzhu

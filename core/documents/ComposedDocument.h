#pragma once

#include "core/documents/DocumentFonts.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

#include <utility>
#include <variant>

namespace jiuzhu {

enum class Alignment { Left, Center, Right };

// A paragraph of running text. Body paragraphs sit on the grid, one line
// per grid line; the first line is indented by two characters as Chinese
// official text is.
struct ParagraphBlock
{
    QString text;
    TextRole role = TextRole::Body;
    Alignment alignment = Alignment::Left;
    int firstLineIndentCharacters = 2;
};

// Empty grid lines.
struct SpacerBlock
{
    int lines = 1;
};

// 发文机关署名 and 成文日期: the date right-aligned four characters in from
// the block's right edge, the office name centred over it, with room above
// for the seal. Kept together on one page.
struct SignatureBlock
{
    QString office;
    QString date;
};

// 存根: the part the office keeps, then a dashed cut line with the 骑缝 text
// across which the seal is pressed.
struct StubBlock
{
    QString title;
    QList<std::pair<QString, QString>> fields; // label, value
    QString cutLineText;
};

struct TableCell
{
    QString text;
    int columnSpan = 1;
    Alignment alignment = Alignment::Left;
};

struct TableRow
{
    QList<TableCell> cells;
    // Signature and minutes boxes need room to write in by hand.
    qreal minimumHeightMm = 0;
};

// A bordered table. Header rows repeat at the top of every page the table
// reaches; a row taller than a page is split between its text lines.
struct TableBlock
{
    QList<qreal> columnWeights; // relative widths, the table spans the block
    QList<TableRow> headerRows;
    QList<TableRow> rows;
};

// A scanned page or a page of an attached PDF, scaled to fit the rest of the
// text block under its caption; always on a page of its own.
struct ImageBlock
{
    QString caption;
    QImage image;
};

struct PageBreakBlock
{
};

using DocumentBlock
    = std::variant<ParagraphBlock, SpacerBlock, SignatureBlock, StubBlock, TableBlock, ImageBlock, PageBreakBlock>;

// A document ready for layout: what the composer made of facts and a
// template, or a page of the dossier (cover, catalogue, evidence).
struct ComposedDocument
{
    QString title; // for the catalogue and the PDF outline
    QDate date;
    QList<DocumentBlock> blocks;
};

} // namespace jiuzhu

#pragma once

#include "core/documents/DocumentFonts.h"

#include <QGlyphRun>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace jiuzhu {

// One line of shaped text at its place on the page. The glyph runs are kept
// from the layout so painting draws exactly what was measured.
struct PlacedText
{
    QList<QGlyphRun> glyphRuns; // positions relative to `origin`
    QPointF origin;
    QRectF box; // the line's ink box: left edge to natural width, ascent to descent
    QString text;
    TextRole role = TextRole::Body;
};

struct PlacedRule
{
    QLineF line;
    qreal widthPoints = 0.5;
    bool dashed = false;
};

struct PlacedImage
{
    QImage image;
    QRectF target;
};

// A page in device units of PageGrid, before its page number is known.
struct LaidOutPage
{
    QList<PlacedText> texts;
    QList<PlacedRule> rules;
    QList<PlacedImage> images;

    [[nodiscard]] bool isEmpty() const { return texts.isEmpty() && rules.isEmpty() && images.isEmpty(); }
};

struct LaidOutDocument
{
    QString title;
    QList<LaidOutPage> pages;
    // Characters no face of the chain could print; empty when all is well.
    QString uncoveredCharacters;
};

} // namespace jiuzhu

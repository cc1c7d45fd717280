#pragma once

#include <QMarginsF>
#include <QRectF>
#include <QSizeF>

namespace jiuzhu {

// The page of GB/T 9704-2012 (党政机关公文格式): A4, top margin 37 mm,
// binding-side margin 28 mm, a text block of 156 mm × 225 mm holding 22 lines
// of 28 characters. Everything printed on the body text sits on this grid;
// the page number sits 7 mm below the block.
//
// Measurements are kept in millimetres (what the standard speaks) and handed
// out in device units of the PDF writer (what QPainter speaks).
class PageGrid
{
public:
    // QPdfWriter's own default: fine enough that rounding glyph advances to
    // device units cannot push the 28th character off the line.
    static constexpr int kDeviceResolution = 1200;

    static constexpr qreal kPageWidthMm = 210.0;
    static constexpr qreal kPageHeightMm = 297.0;
    static constexpr qreal kTopMarginMm = 37.0;
    static constexpr qreal kBindingMarginMm = 28.0;
    static constexpr qreal kTextBlockWidthMm = 156.0;
    static constexpr qreal kTextBlockHeightMm = 225.0;
    static constexpr int kLinesPerPage = 22;
    static constexpr int kCharactersPerLine = 28;
    // 三号 (16 pt) is what the standard asks for the body; a font that big
    // does not give 28 characters in 156 mm, so the grid wins and the body
    // is set slightly smaller (see bodyPointSize()).
    static constexpr qreal kBodyNominalPointSize = 16.0;
    // 页码: "一字线" below the block's bottom edge, 7 mm down.
    static constexpr qreal kPageNumberGapMm = 7.0;

    [[nodiscard]] static constexpr qreal linePitchMm() { return kTextBlockHeightMm / kLinesPerPage; }
    [[nodiscard]] static constexpr qreal characterPitchMm() { return kTextBlockWidthMm / kCharactersPerLine; }
    // The largest size ≤ 三号 whose em square fits the character pitch.
    [[nodiscard]] static qreal bodyPointSize();

    [[nodiscard]] static constexpr QRectF textBlockMm()
    {
        return QRectF(kBindingMarginMm, kTopMarginMm, kTextBlockWidthMm, kTextBlockHeightMm);
    }

    // Device units (at kDeviceResolution) of a length in millimetres.
    [[nodiscard]] static constexpr qreal toDevice(qreal mm) { return mm * kDeviceResolution / 25.4; }
    [[nodiscard]] static constexpr qreal toMm(qreal deviceUnits) { return deviceUnits * 25.4 / kDeviceResolution; }
    [[nodiscard]] static constexpr qreal pointsToDevice(qreal points)
    {
        return points * kDeviceResolution / 72.0;
    }
    [[nodiscard]] static QRectF toMm(const QRectF& deviceRect);

    [[nodiscard]] static QRectF textBlock();
    [[nodiscard]] static qreal linePitch() { return toDevice(linePitchMm()); }
    [[nodiscard]] static qreal characterPitch() { return toDevice(characterPitchMm()); }
    // Top edge of grid line `index` (0-based) of a page.
    [[nodiscard]] static qreal lineTop(int index) { return textBlock().top() + index * linePitch(); }
    // The first grid line at or below `y`; kLinesPerPage when none is left.
    [[nodiscard]] static int lineAtOrBelow(qreal y);

    // The strip below the text block where "— 1 —" goes; nothing else may be
    // printed outside the block.
    [[nodiscard]] static QRectF pageNumberZone();
};

} // namespace jiuzhu

#include "core/documents/PageGrid.h"

#include <algorithm>
#include <cmath>

namespace jiuzhu {

qreal PageGrid::bodyPointSize()
{
    const qreal pitchInPoints = characterPitchMm() / 25.4 * 72.0;
    return std::min(kBodyNominalPointSize, pitchInPoints);
}

QRectF PageGrid::toMm(const QRectF& deviceRect)
{
    return QRectF(toMm(deviceRect.x()), toMm(deviceRect.y()), toMm(deviceRect.width()), toMm(deviceRect.height()));
}

QRectF PageGrid::textBlock()
{
    const QRectF mm = textBlockMm();
    return QRectF(toDevice(mm.x()), toDevice(mm.y()), toDevice(mm.width()), toDevice(mm.height()));
}

int PageGrid::lineAtOrBelow(qreal y)
{
    // A hair of tolerance so that a position computed as "top of line 3"
    // through floating point is not pushed to line 4.
    const qreal fromTop = (y - textBlock().top()) / linePitch();
    const int index = std::max(0, int(std::ceil(fromTop - 1e-6)));
    return std::min(index, kLinesPerPage);
}

QRectF PageGrid::pageNumberZone()
{
    // The dashes' top sits 7 mm below the block; a 四号 line is about 5 mm
    // high, so a 12 mm strip holds it with room for the font's descent.
    const QRectF block = textBlock();
    const qreal top = block.bottom() + toDevice(kPageNumberGapMm - 1.0);
    return QRectF(block.left(), top, block.width(), toDevice(12.0));
}

} // namespace jiuzhu

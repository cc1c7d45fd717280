#pragma once

#include "core/documents/DocumentFonts.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace jiuzhu {

// Where each run of text and each image was drawn, in millimetres from the
// page's top-left corner, collected while painting. Tests check these boxes
// against the grid; a preview can use them to point at a field.
struct LayoutBox
{
    int page = 0; // 0-based index in the PDF
    QRectF boxMm;
    QString text;
    TextRole role = TextRole::Body;
};

struct LayoutImage
{
    int page = 0;
    QRectF boxMm;
};

struct LayoutRecord
{
    QList<LayoutBox> boxes;
    QList<LayoutImage> images;
    int pageCount = 0;

    // All text of one page in drawing order, lines joined by '\n'.
    [[nodiscard]] QString pageText(int page) const
    {
        QString text;
        for (const LayoutBox& box : boxes) {
            if (box.page == page)
                text += box.text + QLatin1Char('\n');
        }
        return text;
    }
};

} // namespace jiuzhu

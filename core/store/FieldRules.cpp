#include "core/store/FieldRules.h"

#include <QCoreApplication>

namespace jiuzhu {

namespace {

class FieldText
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)
};

bool isForbidden(char32_t codePoint)
{
    const QChar::Category category = QChar::category(codePoint);
    return category == QChar::Other_Control || category == QChar::Other_Format
        || category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned
        || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

} // namespace

Result<QString> FieldRules::optionalText(const QString& field, const QString& text, int maxLength)
{
    const QString trimmed = text.trimmed();
    const QList<uint> codePoints = trimmed.toUcs4();
    if (codePoints.size() > maxLength)
        return fail(ErrorCode::InvalidInput, field,
            FieldText::tr("At most %1 characters are allowed (%2 entered).")
                .arg(maxLength)
                .arg(codePoints.size()));
    for (uint codePoint : codePoints) {
        if (isForbidden(codePoint))
            return fail(ErrorCode::InvalidInput, field,
                FieldText::tr("Contains an invisible control character (U+%1); retype the text.")
                    .arg(QString::number(codePoint, 16).toUpper().rightJustified(4, QLatin1Char('0'))));
    }
    return trimmed;
}

Result<QString> FieldRules::requiredText(const QString& field, const QString& text, int maxLength)
{
    auto checked = optionalText(field, text, maxLength);
    if (checked && checked->isEmpty())
        return fail(ErrorCode::InvalidInput, field, FieldText::tr("This field is required."));
    return checked;
}

} // namespace jiuzhu

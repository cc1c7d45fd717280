#pragma once

#include "core/domain/Error.h"

#include <QString>

namespace jiuzhu {

// Rules every free-text field obeys before it reaches the store: trimmed,
// bounded length, and no control or bidirectional-override characters that
// would garble a printed notice.
class FieldRules
{
public:
    static Result<QString> requiredText(const QString& field, const QString& text, int maxLength);
    static Result<QString> optionalText(const QString& field, const QString& text, int maxLength);
};

} // namespace jiuzhu

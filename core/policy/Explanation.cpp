#include "core/policy/Explanation.h"

namespace jiuzhu {

QString Explanation::toChinese() const
{
    QString out;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (i > 0)
            out += QChar(u'\n');
        out += QString::number(i + 1) + QStringLiteral(". ") + steps.at(i).text;
    }
    return out;
}

} // namespace jiuzhu

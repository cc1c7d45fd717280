#pragma once

#include "core/domain/Household.h"

#include <QString>
#include <QStringList>

namespace jiuzhu {

// Builds the tokens that make a household findable (names and their
// suffixes, full pinyin and initials from every syllable on, ID numbers
// forwards and backwards, the community name) and turns what a clerk types
// into an FTS5 prefix query over them.
class HouseholdSearchIndex
{
public:
    static QString tokensFor(
        const QString& householdNo, const QList<NewMember>& members, const QString& communityName);
    // Empty when nothing searchable is left after cleaning (the caller then
    // shows no matches rather than everything).
    static QString matchExpression(const QString& userText);
    // Removes middle dots and anything FTS5 would read as syntax, folds
    // full-width forms and case.
    static QString normalizePart(const QString& text);
};

} // namespace jiuzhu

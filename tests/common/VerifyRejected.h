#pragma once

#include "core/domain/Error.h"

#include <QSet>
#include <QStringList>
#include <QTest>

// Every rejection must be an input error about a named field whose message
// names the broken rule.
#define VERIFY_REJECTED(result, fragment)                                                                    \
    do {                                                                                                     \
        QVERIFY2(!(result).has_value(), "the input should have been rejected");                              \
        QCOMPARE(jiuzhu::errorCodeName((result).error().code), QStringLiteral("invalid-input"));             \
        QVERIFY(!(result).error().field.isEmpty());                                                          \
        QVERIFY2((result).error().message.contains(fragment), qPrintable((result).error().message));         \
    } while (false)

namespace jiuzhu::testing {

// How many different messages `parse` gives for inputs that must all be
// rejected: each rule should explain itself in its own words. -1 when one of
// the inputs was accepted.
template <typename Parse> qsizetype distinctRejectionMessages(const QStringList& inputs, Parse parse)
{
    QSet<QString> messages;
    for (const QString& input : inputs) {
        const auto result = parse(input);
        if (result.has_value())
            return -1;
        messages.insert(result.error().message);
    }
    return messages.size();
}

} // namespace jiuzhu::testing

#pragma once

#include "core/demo/DemoStandards.h"
#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace jiuzhu {

class DemoRandom;

// Entries with weights, drawn in proportion to them.
class DemoWeightedList
{
public:
    void append(const QString& entry, int weight);
    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }
    [[nodiscard]] const QStringList& entries() const { return m_entries; }
    [[nodiscard]] const QString& pick(DemoRandom& random) const;

private:
    QStringList m_entries;
    QList<quint64> m_cumulative; // running sum of the weights, for a binary search
};

// A member's monthly income from one source, in fen.
struct DemoIncomeRange
{
    qint64 lowestFen = 0;
    qint64 highestFen = 0;
    qint64 stepFen = 1;
    int nonePerMille = 0; // share of members of this kind who declare no income
};

// Every word list and table the demo is built from, read from the UTF-8
// files under resources/demo/ (embedded at :/jiuzhu/demo). Names and places
// live in data files so they can be reviewed by people who read Chinese
// without reading C++.
//
// List files: one entry per line, an optional weight (a positive integer)
// after a TAB, '#' starts a comment line.
class DemoWordLists
{
    Q_DECLARE_TR_FUNCTIONS(DemoWordLists)

public:
    static QString embeddedDirectory();
    // Reads and checks everything: a missing file, a malformed line or a
    // missing key is an error here, so the generators never meet one.
    [[nodiscard]] static Result<DemoWordLists> load(const QString& directory = embeddedDirectory());

    DemoWeightedList surnames;
    DemoWeightedList givenMale; // single characters
    DemoWeightedList givenFemale;
    DemoWeightedList elderMale; // whole given names of older people
    DemoWeightedList elderFemale;
    DemoWeightedList rareCharacters;
    DemoWeightedList minorityMale; // Uyghur and Kazakh given names
    DemoWeightedList minorityFemale;
    DemoWeightedList villages;
    DemoWeightedList communities;
    DemoWeightedList compounds;
    DemoWeightedList streets;
    DemoWeightedList illnesses;
    DemoWeightedList disabilityKinds;
    DemoWeightedList disabilityGrades;
    DemoWeightedList mobilePrefixes;
    DemoWeightedList landlinePrefixes;
    DemoWeightedList bankPrefixes;
    DemoStandards standards;

    [[nodiscard]] QString label(const QString& key) const { return m_labels.value(key); }
    [[nodiscard]] QStringList reasons(const QString& key) const { return m_reasons.value(key); }
    [[nodiscard]] bool hasReasons(const QString& key) const { return m_reasons.contains(key); }
    [[nodiscard]] DemoIncomeRange income(const QString& key) const { return m_incomes.value(key); }

private:
    Status loadKeyedFiles(const QString& directory);

    QHash<QString, QString> m_labels;
    QHash<QString, QStringList> m_reasons;
    QHash<QString, DemoIncomeRange> m_incomes;
};

} // namespace jiuzhu

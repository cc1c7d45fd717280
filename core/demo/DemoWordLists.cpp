#include "core/demo/DemoWordLists.h"

#include "core/demo/DemoRandom.h"

#include <QFile>

#include <algorithm>

namespace jiuzhu {

namespace {

struct Line
{
    int number = 0;
    QStringList fields;
};

Result<QList<Line>> readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, path,
            DemoWordLists::tr("The demo data file %1 cannot be read: %2.").arg(path, file.errorString()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QList<Line> result;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        QString text = lines.at(index);
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        if (text.trimmed().isEmpty() || text.trimmed().startsWith(QLatin1Char('#')))
            continue;
        result.append(Line {static_cast<int>(index + 1), text.split(QLatin1Char('\t'))});
    }
    return result;
}

std::unexpected<Error> badLine(const QString& path, int line)
{
    return fail(ErrorCode::Internal, path,
        DemoWordLists::tr("Line %1 of the demo data file %2 is malformed.").arg(line).arg(path));
}

Status readList(const QString& path, DemoWeightedList& list)
{
    auto lines = readLines(path);
    if (!lines)
        return std::unexpected(lines.error());
    for (const Line& line : *lines) {
        const QString entry = line.fields.at(0).trimmed();
        int weight = 1;
        if (line.fields.size() > 1) {
            bool isNumber = false;
            weight = line.fields.at(1).trimmed().toInt(&isNumber);
            if (!isNumber || weight <= 0)
                return badLine(path, line.number);
        }
        if (entry.isEmpty())
            return badLine(path, line.number);
        list.append(entry, weight);
    }
    if (list.isEmpty())
        return fail(
            ErrorCode::Internal, path, DemoWordLists::tr("The demo data file %1 is empty.").arg(path));
    return {};
}

// Keys the generators use; checked once at load time.
const QStringList& requiredLabels()
{
    static const QStringList keys {
        QStringLiteral("office.name"),
        QStringLiteral("office.district"),
        QStringLiteral("office.address"),
        QStringLiteral("employment.farming"),
        QStringLiteral("employment.flexible"),
        QStringLiteral("employment.unemployed"),
        QStringLiteral("employment.student"),
        QStringLiteral("employment.retired"),
        QStringLiteral("employment.migrant"),
        QStringLiteral("address.village"),
        QStringLiteral("address.building"),
        QStringLiteral("address.street"),
        QStringLiteral("selfcare.full"),
        QStringLiteral("selfcare.partial"),
        QStringLiteral("selfcare.none"),
    };
    return keys;
}

const QStringList& requiredReasons()
{
    static const QStringList keys {
        QStringLiteral("apply.dibao"),
        QStringLiteral("apply.tekun"),
        QStringLiteral("apply.temporary-emergency"),
        QStringLiteral("apply.temporary-expenditure"),
        QStringLiteral("apply.near-dibao"),
        QStringLiteral("apply.rigid-expense"),
        QStringLiteral("apply.serious-illness"),
        QStringLiteral("apply.case-by-case"),
        QStringLiteral("notify-missing"),
        QStringLiteral("refuse-intake"),
        QStringLiteral("accept"),
        QStringLiteral("accept.after-missing"),
        QStringLiteral("investigate"),
        QStringLiteral("investigate.tekun"),
        QStringLiteral("opinion"),
        QStringLiteral("opinion.refuse"),
        QStringLiteral("publicize"),
        QStringLiteral("publicize.again"),
        QStringLiteral("appraise"),
        QStringLiteral("appraise.case-by-case"),
        QStringLiteral("approve"),
        QStringLiteral("approve.temporary"),
        QStringLiteral("approve.tekun"),
        QStringLiteral("approve.status"),
        QStringLiteral("refuse"),
        QStringLiteral("refer"),
        QStringLiteral("suspend"),
        QStringLiteral("terminate"),
    };
    return keys;
}

const QStringList& requiredIncomes()
{
    static const QStringList keys {
        QStringLiteral("farming"),
        QStringLiteral("farming.elderly"),
        QStringLiteral("flexible"),
        QStringLiteral("migrant"),
        QStringLiteral("retired"),
        QStringLiteral("pension"),
    };
    return keys;
}

const QStringList& requiredStandards()
{
    static const QStringList keys {
        QStringLiteral("dibao.standard"),
        QStringLiteral("dibao.min-benefit"),
        QStringLiteral("tekun.basic"),
        QStringLiteral("tekun.care.full"),
        QStringLiteral("tekun.care.partial"),
        QStringLiteral("tekun.care.none"),
        QStringLiteral("temporary.township-cap-months"),
        QStringLiteral("temporary.emergency-cap"),
        QStringLiteral("temporary.emergency-min"),
        QStringLiteral("temporary.step"),
        QStringLiteral("benefit.rounding"),
    };
    return keys;
}

} // namespace

void DemoWeightedList::append(const QString& entry, int weight)
{
    m_entries.append(entry);
    const quint64 previous = m_cumulative.isEmpty() ? 0 : m_cumulative.constLast();
    m_cumulative.append(previous + static_cast<quint64>(qMax(weight, 1)));
}

const QString& DemoWeightedList::pick(DemoRandom& random) const
{
    const quint64 draw = random.below(m_cumulative.constLast());
    const auto found = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), draw);
    return m_entries.at(found - m_cumulative.cbegin());
}

QString DemoWordLists::embeddedDirectory()
{
    return QStringLiteral(":/jiuzhu/demo");
}

Result<DemoWordLists> DemoWordLists::load(const QString& directory)
{
    DemoWordLists words;
    const std::pair<const char*, DemoWeightedList*> lists[] = {
        {"surnames.txt", &words.surnames},
        {"given_male.txt", &words.givenMale},
        {"given_female.txt", &words.givenFemale},
        {"given_elder_male.txt", &words.elderMale},
        {"given_elder_female.txt", &words.elderFemale},
        {"rare_characters.txt", &words.rareCharacters},
        {"minority_male.txt", &words.minorityMale},
        {"minority_female.txt", &words.minorityFemale},
        {"villages.txt", &words.villages},
        {"communities.txt", &words.communities},
        {"compounds.txt", &words.compounds},
        {"streets.txt", &words.streets},
        {"illnesses.txt", &words.illnesses},
        {"disability_kinds.txt", &words.disabilityKinds},
        {"disability_grades.txt", &words.disabilityGrades},
        {"mobile_prefixes.txt", &words.mobilePrefixes},
        {"landline_prefixes.txt", &words.landlinePrefixes},
        {"bank_bins.txt", &words.bankPrefixes},
    };
    for (const auto& [file, list] : lists) {
        if (auto read = readList(directory + QLatin1Char('/') + QLatin1String(file), *list); !read)
            return std::unexpected(read.error());
    }
    if (auto keyed = words.loadKeyedFiles(directory); !keyed)
        return std::unexpected(keyed.error());
    return words;
}

Status DemoWordLists::loadKeyedFiles(const QString& directory)
{
    const QString labelsPath = directory + QStringLiteral("/labels.tsv");
    auto labels = readLines(labelsPath);
    if (!labels)
        return std::unexpected(labels.error());
    for (const Line& line : *labels) {
        if (line.fields.size() != 2)
            return badLine(labelsPath, line.number);
        m_labels.insert(line.fields.at(0).trimmed(), line.fields.at(1).trimmed());
    }

    const QString reasonsPath = directory + QStringLiteral("/reasons.tsv");
    auto reasons = readLines(reasonsPath);
    if (!reasons)
        return std::unexpected(reasons.error());
    for (const Line& line : *reasons) {
        if (line.fields.size() != 2)
            return badLine(reasonsPath, line.number);
        m_reasons[line.fields.at(0).trimmed()].append(line.fields.at(1).trimmed());
    }

    const QString incomesPath = directory + QStringLiteral("/incomes.tsv");
    auto incomes = readLines(incomesPath);
    if (!incomes)
        return std::unexpected(incomes.error());
    for (const Line& line : *incomes) {
        if (line.fields.size() != 5)
            return badLine(incomesPath, line.number);
        bool ok[4] = {};
        DemoIncomeRange range {line.fields.at(1).toLongLong(&ok[0]), line.fields.at(2).toLongLong(&ok[1]),
            line.fields.at(3).toLongLong(&ok[2]), line.fields.at(4).toInt(&ok[3])};
        if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || range.lowestFen < 0 || range.highestFen < range.lowestFen
            || range.stepFen <= 0 || range.nonePerMille < 0 || range.nonePerMille > 1000)
            return badLine(incomesPath, line.number);
        m_incomes.insert(line.fields.at(0).trimmed(), range);
    }

    const QString standardsPath = directory + QStringLiteral("/standards.tsv");
    QFile standardsFile(standardsPath);
    if (!standardsFile.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, standardsPath,
            tr("The demo data file %1 cannot be read: %2.").arg(standardsPath, standardsFile.errorString()));
    auto parsed = DemoStandards::parse(QString::fromUtf8(standardsFile.readAll()), standardsPath);
    if (!parsed)
        return std::unexpected(parsed.error());
    standards = std::move(*parsed);

    const auto missing = [](const QString& path, const QString& key) {
        return fail(ErrorCode::Internal, path, tr("The demo data file %1 has no entry %2.").arg(path, key));
    };
    for (const QString& key : requiredLabels()) {
        if (!m_labels.contains(key))
            return missing(labelsPath, key);
    }
    for (const QString& key : requiredReasons()) {
        if (!m_reasons.contains(key))
            return missing(reasonsPath, key);
    }
    for (const QString& key : requiredIncomes()) {
        if (!m_incomes.contains(key))
            return missing(incomesPath, key);
    }
    for (const QString& key : requiredStandards()) {
        if (!standards.has(key, AreaKind::Urban) || !standards.has(key, AreaKind::Rural))
            return missing(standardsPath, key);
    }
    return {};
}

} // namespace jiuzhu

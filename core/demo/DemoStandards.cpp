#include "core/demo/DemoStandards.h"

namespace jiuzhu {

namespace {

const QString kBothAreas = QStringLiteral("-");

QString areaName(AreaKind area)
{
    return area == AreaKind::Urban ? QStringLiteral("urban") : QStringLiteral("rural");
}

int monthIndex(YearMonth month)
{
    return month.year() * 12 + month.month() - 1;
}

} // namespace

Result<DemoStandards> DemoStandards::parse(const QString& text, const QString& source)
{
    DemoStandards standards;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString line = lines.at(index).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const auto broken = [&] {
            return fail(ErrorCode::Internal, source,
                tr("Line %1 of the demo standards is not key, area, month and value separated by tabs.")
                    .arg(index + 1));
        };
        if (fields.size() < 4)
            return broken();
        Row row;
        row.key = fields.at(0).trimmed();
        row.area = fields.at(1).trimmed();
        auto month = YearMonth::parse(fields.at(2));
        bool isNumber = false;
        row.value = fields.at(3).trimmed().toLongLong(&isNumber);
        if (row.key.isEmpty() || !month || !isNumber || row.value < 0
            || (row.area != kBothAreas && row.area != areaName(AreaKind::Urban)
                && row.area != areaName(AreaKind::Rural)))
            return broken();
        row.fromMonth = monthIndex(*month);
        standards.m_rows.append(row);
    }
    return standards;
}

std::optional<qint64> DemoStandards::valueAt(const QString& key, AreaKind area, YearMonth month) const
{
    const QString wanted = areaName(area);
    const int target = monthIndex(month);
    const Row* inForce = nullptr;
    const Row* earliest = nullptr;
    for (const Row& row : m_rows) {
        if (row.key != key || (row.area != wanted && row.area != kBothAreas))
            continue;
        if (!earliest || row.fromMonth < earliest->fromMonth)
            earliest = &row;
        if (row.fromMonth <= target && (!inForce || row.fromMonth >= inForce->fromMonth))
            inForce = &row;
    }
    if (inForce)
        return inForce->value;
    if (earliest)
        return earliest->value;
    return std::nullopt;
}

bool DemoStandards::has(const QString& key, AreaKind area) const
{
    return valueAt(key, area, YearMonth::containing(QDate(2000, 1, 1))).has_value();
}

} // namespace jiuzhu

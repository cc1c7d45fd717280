#include "core/policy/PolicyReader.h"

#include "core/policy/PolicyKeys.h"

namespace jiuzhu {

PolicyReader::PolicyReader(const PolicySet& policy, AreaKind area, QDate on)
    : m_policy(policy)
    , m_area(area)
    , m_on(on)
{
}

void PolicyReader::record(const Error& error)
{
    if (!m_error)
        m_error = error;
}

qint64 PolicyReader::integer(const QString& key)
{
    const Result<qint64> value = m_policy.integer(key, m_area, m_on);
    if (!value) {
        record(value.error());
        return 0;
    }
    return *value;
}

QString PolicyReader::text(const QString& key)
{
    const Result<QString> value = m_policy.text(key, m_area, m_on);
    if (!value) {
        record(value.error());
        return {};
    }
    return *value;
}

PolicyEntry PolicyReader::entry(const QString& key)
{
    Result<PolicyEntry> value = m_policy.entryInForce(key, m_area, m_on);
    if (!value) {
        record(value.error());
        return PolicyEntry {key, m_area, m_on, qint64(0), QString()};
    }
    return *value;
}

std::optional<PolicyEntry> PolicyReader::optionalEntry(const QString& key)
{
    Result<PolicyEntry> value = m_policy.entryInForce(key, m_area, m_on);
    if (!value) {
        if (value.error().code != ErrorCode::NotFound)
            record(value.error());
        return std::nullopt;
    }
    return *value;
}

RoundingRule PolicyReader::rounding()
{
    const QString key = text(policykey::kRoundingBenefit);
    if (!ok())
        return RoundingRule::of(RoundingRule::Kind::Fen);
    const Result<RoundingRule> rule = RoundingRule::fromKey(key);
    if (!rule) {
        record(rule.error());
        return RoundingRule::of(RoundingRule::Kind::Fen);
    }
    return *rule;
}

} // namespace jiuzhu

#pragma once

#include "core/domain/YearMonth.h"
#include "core/workflow/CaseFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiuzhu {

// What the user typed or ticked for one action. Which fields an action needs
// is declared in the procedure file ("inputs") by the keys of fieldKeys().
// There is deliberately no field for "acting on behalf of": the actor of
// every step is the signed-in user passed to CaseWorkflow::apply().
struct ActionInput
{
    Q_DECLARE_TR_FUNCTIONS(ActionInput)

public:
    QString reason; // "reason"
    QStringList reasons; // "reasons": each a complete sentence for the notice
    QMap<QString, MaterialStatus> materials; // "materials": checklist key → status
    QList<qint64> authorizations; // "authorizations": adults who have now signed
    std::optional<HomeVisit> homeVisit; // "home-visit"
    std::optional<SelfCareAssessment> selfCare; // "self-care"
    std::optional<QDate> date; // "date": when it happened, if not today
    QString opinion; // "opinion"
    QString objection; // "objection"
    std::optional<AppraisalRecord> appraisal; // "appraisal"
    std::optional<qint64> monthlyAmountFen; // "monthly-amount"
    std::optional<qint64> oneOffAmountFen; // "one-off-amount"
    std::optional<YearMonth> startMonth; // "start-month"
    QString explanation; // "explanation"

    [[nodiscard]] static const QStringList& fieldKeys();
    // The translated name of a field, for the error that says it is missing.
    [[nodiscard]] static QString fieldLabel(const QString& key);
    // Whether the field named by `key` holds something (blank text does not count).
    [[nodiscard]] bool has(const QString& key) const;
};

} // namespace jiuzhu

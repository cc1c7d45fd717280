#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace jiuzhu {

class CaseStore;

// The demo's staff: logins, names and roles. User ids follow this order
// (1 clerk, 2 preliminary reviewer, 3 confirmer, 4 village assistant,
// 5 administrator), so the README and the tests can name them.
struct DemoStaffMember
{
    QString login;
    QString displayName;
    QString roleKey;
};

struct DemoActivity
{
    qint64 staff = 0;
    qint64 reviews = 0; // last yearly reviews recorded
    qint64 monthsClosed = 0; // past rosters closed as paid
    qint64 liveApplications = 0; // cases run step by step through the procedure
};

// What makes the demo office a working one after its households and decided
// cases are in: staff who can sign in and act, the district's entrustment
// for the year, last reviews of the beneficiaries (most on time, some
// overdue), the past months' rosters closed as paid, and applications in
// progress taken step by step through the procedure engine, so the desk has
// deadlines due today, this week and overdue.
class DemoOfficeLife
{
    Q_DECLARE_TR_FUNCTIONS(DemoOfficeLife)

public:
    // The password of every demo account; a demo office holds no real data.
    static QString staffPassword();
    static QList<DemoStaffMember> staff();

    DemoOfficeLife(quint64 seed, QDate today);

    [[nodiscard]] Result<DemoActivity> bringToLife(CaseStore& store, const QList<qint64>& householdIds) const;

private:
    Status addStaff(CaseStore& store) const;
    Result<qint64> recordReviews(CaseStore& store) const;
    Result<qint64> closePastMonths(CaseStore& store) const;
    Result<qint64> runApplications(CaseStore& store, const QList<qint64>& householdIds) const;

    quint64 m_seed = 0;
    QDate m_today;
};

} // namespace jiuzhu

#pragma once

// A township office in a temporary folder for the desk tests: the shipped
// policy, every type entrusted for 2026, the workflow fixture's four users
// (ids 1 clerk, 2 preliminary reviewer, 3 confirmer, 4 village assistant),
// and one rural household of two, 张三 and 李梅, with a 低保 draft.
#include "core/desk/CaseDesk.h"
#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"
#include "core/store/OfficeRepository.h"
#include "core/store/PolicyRepository.h"
#include "core/store/UserRepository.h"
#include "tests/common/TestHouseholds.h"
#include "tests/workflow/WorkflowFixture.h"

#include <QTemporaryDir>

namespace jiuzhu::testing {

class DeskTestOffice
{
public:
    DeskTestOffice()
    {
        auto opened = CaseStore::open(directory.path(), fixture.clock);
        store = std::move(required(std::move(opened)));
        LoginRules cheap;
        cheap.hashOperations = 1;
        cheap.hashMemoryBytes = 8 * 1024;
        store->setLoginRules(cheap);
        required(store->policy().installShippedDefaults(QStringLiteral("test")));
        required(store->office().setEntrustment(
            EntrustmentRecord {QList<AssistanceType>(kAllAssistanceTypes.begin(), kAllAssistanceTypes.end()),
                QDate(2026, 1, 1), QDate(2026, 12, 31), QStringLiteral("正民委〔2026〕1号")},
            QStringLiteral("test")));
        const QList<std::pair<QString, QString>> users = {{QStringLiteral("clerk"), QStringLiteral("clerk")},
            {QStringLiteral("reviewer"), QStringLiteral("preliminary-reviewer")},
            {QStringLiteral("confirmer"), QStringLiteral("confirmer")},
            {QStringLiteral("assistant"), QStringLiteral("village-assistant")}};
        for (const auto& [login, role] : users)
            required(store->users().create(
                NewUser {login, QStringLiteral("王芳"), {role}, QStringLiteral("long enough")},
                QStringLiteral("admin")));

        auto community = required(store->households().addCommunity(
            Community {0, QString(), QStringLiteral("西王庄村"), CommunityKind::Village, AreaKind::Rural},
            QStringLiteral("test")));
        NewHousehold household = makeHousehold(community, QStringLiteral("张三"), 1);
        household.members.append(makeMember(QStringLiteral("李梅"), QDate(1962, 5, 1), 2, Relation::Spouse));
        const qint64 householdId = required(store->households().add(household, QStringLiteral("test")));
        auto detail = required(store->households().detail(householdId));
        draft = CaseFile::draft(
            AssistanceType::Dibao, householdId, ApplicationChannel::HouseholdHead, AreaKind::Rural);
        for (const MemberRecord& member : std::as_const(detail.members))
            draft.coResidentAdults.append(member.id);
    }

    // Takes the fixture's steps from application to publicity; the case id.
    Result<qint64> runToPublicity()
    {
        auto desk = CaseDesk::open(*store, fixture.clock);
        if (!desk)
            return std::unexpected(desk.error());
        qint64 caseId = 0;
        for (const Step& step : fixture.toPublicity(draft)) {
            fixture.advanceDays(step.daysLater);
            auto taken = caseId == 0 ? (*desk)->start(draft, step.action, step.actor.userId, step.input)
                                     : (*desk)->take(caseId, step.action, step.actor.userId, step.input);
            if (!taken) {
                Error error = taken.error();
                error.message = step.action + QStringLiteral(": ") + error.message;
                return std::unexpected(error);
            }
            caseId = taken->caseFile.id;
        }
        return caseId;
    }

    // Runs to publicity, waits it out and approves `monthlyFen` from 2026-04.
    Result<qint64> approvedCase(qint64 monthlyFen)
    {
        auto caseId = runToPublicity();
        if (!caseId)
            return caseId;
        fixture.advanceDays(8);
        auto desk = CaseDesk::open(*store, fixture.clock);
        if (!desk)
            return std::unexpected(desk.error());
        auto approved = (*desk)->take(*caseId, QStringLiteral("confirm-approve"), 3,
            WorkflowFixture::approval(monthlyFen));
        if (!approved)
            return std::unexpected(approved.error());
        return caseId;
    }

    WorkflowFixture fixture;
    QTemporaryDir directory;
    std::unique_ptr<CaseStore> store;
    CaseFile draft;

private:
    template <typename T> static T required(Result<T> result)
    {
        if (!result)
            qFatal("test office: %s", qPrintable(result.error().toString()));
        return std::move(*result);
    }
    static void required(Status status)
    {
        if (!status)
            qFatal("test office: %s", qPrintable(status.error().toString()));
    }
};

} // namespace jiuzhu::testing

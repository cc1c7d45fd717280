#pragma once

#include "core/domain/Household.h"
#include "core/domain/IdNumber.h"
#include "core/store/CaseRepository.h"
#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace jiuzhu::test {

// Hand-made households whose names are known, so a test can say exactly
// which ones a search must find. Their communities are called "试点…", a
// name no demo village has.
//
// Household i (0-based) is headed by kSurnames[i % 10] + kGivenNames[(i / 10) % 10]
// and lives in community i % communities; every third household also has a
// spouse whose name shares no character, and no pinyin initial pair, with
// any head name ("zw" finds 张伟, 赵伟 and 周伟 heads only).
struct HouseholdFixture
{
    static QStringList surnames()
    {
        return {QStringLiteral("张"), QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("赵"),
            QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"),
            QStringLiteral("周"), QStringLiteral("吴")};
    }
    static QStringList givenNames()
    {
        return {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"),
            QStringLiteral("静"), QStringLiteral("丽"), QStringLiteral("强"), QStringLiteral("磊"),
            QStringLiteral("军"), QStringLiteral("洋")};
    }
    static QStringList spouseNames()
    {
        return {
            QStringLiteral("孙兰"), QStringLiteral("马梅"), QStringLiteral("胡英"), QStringLiteral("郭红")};
    }

    static QString headName(int index)
    {
        return surnames().at(index % 10) + givenNames().at((index / 10) % 10);
    }

    // A valid 18-character number, unique per person number.
    static QString idNumber(int person)
    {
        const QDate birth = QDate(1950, 1, 1).addDays(person);
        const QString first17
            = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("001");
        return first17 + IdNumber::checkDigitFor(first17);
    }

    static QList<qint64> addCommunities(CaseStore& store, int count)
    {
        const QStringList names
            = {QStringLiteral("试点甲村"), QStringLiteral("试点乙社区"), QStringLiteral("试点丙村"),
                QStringLiteral("试点丁社区"), QStringLiteral("试点戊村"), QStringLiteral("试点己社区")};
        QList<qint64> ids;
        for (int index = 0; index < count; ++index) {
            Community community;
            community.code = QStringLiteral("1101050010%1").arg(index + 1, 2, 10, QLatin1Char('0'));
            community.name = names.at(index % names.size());
            community.kind = index % 2 == 0 ? CommunityKind::Village : CommunityKind::Community;
            community.area = index % 2 == 0 ? AreaKind::Rural : AreaKind::Urban;
            auto id = store.households().addCommunity(community, QStringLiteral("test"));
            if (!id)
                qFatal("addCommunity: %s", qPrintable(id.error().toString()));
            ids.append(*id);
        }
        return ids;
    }

    // `firstPerson` keeps ID numbers unique across several calls.
    static QList<qint64> addHouseholds(
        CaseStore& store, int count, const QList<qint64>& communities, int firstPerson = 0)
    {
        QList<NewHousehold> households;
        int person = firstPerson;
        for (int index = 0; index < count; ++index) {
            NewHousehold household;
            household.communityId = communities.at(index % communities.size());
            household.address = QStringLiteral("幸福路%1号").arg(index + 1);
            household.phone = QStringLiteral("1380013%1").arg(index, 4, 10, QLatin1Char('0'));
            household.bankAccount = QStringLiteral("62220200000000%1").arg(index, 5, 10, QLatin1Char('0'));
            NewMember head;
            head.name = headName(index);
            head.idNumber = idNumber(person++);
            head.relation = Relation::Head;
            head.monthlyIncomeFen = 123456;
            household.members.append(head);
            if (index % 3 == 0) {
                NewMember spouse;
                spouse.name = spouseNames().at(index % spouseNames().size());
                spouse.idNumber = idNumber(person++);
                spouse.relation = Relation::Spouse;
                spouse.disabilityGrade = 2;
                spouse.disabilityKind = QStringLiteral("肢体");
                household.members.append(spouse);
            }
            households.append(household);
        }
        auto ids = store.households().addMany(households, QStringLiteral("test"));
        if (!ids)
            qFatal("addMany: %s", qPrintable(ids.error().toString()));
        return *ids;
    }

    static qint64 addApprovedDibao(CaseStore& store, qint64 householdId, QDate appliedOn, qint64 monthlyFen)
    {
        CaseRecordInput input;
        input.householdId = householdId;
        input.type = AssistanceType::Dibao;
        input.state = CaseState::Approved;
        input.appliedOn = appliedOn;
        input.acceptedOn = appliedOn;
        input.decidedOn = appliedOn.addDays(20);
        input.monthlyAmountFen = monthlyFen;
        input.startMonth = appliedOn.addMonths(1).toString(QStringLiteral("yyyy-MM"));
        input.events.append(CaseEventRecord {QDateTime(appliedOn, QTime(9, 0)), QStringLiteral("apply"),
            std::nullopt, CaseState::Applied, QString()});
        input.events.append(CaseEventRecord {QDateTime(appliedOn.addDays(20), QTime(9, 0)),
            QStringLiteral("confirm"), CaseState::Applied, CaseState::Approved, QString()});
        auto ids = store.cases().addMany({input}, QStringLiteral("test"));
        if (!ids)
            qFatal("addCase: %s", qPrintable(ids.error().toString()));
        return ids->constFirst();
    }
};

} // namespace jiuzhu::test

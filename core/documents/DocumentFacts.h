#pragma once

#include "core/domain/YearMonth.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiuzhu {

// Who will read a document. Publicity kinds are always Public whatever is
// set here; any other document can be marked Public when it leaves the file
// (a copy for a community board, a letter to a third party).
enum class Disclosure { Internal, Public };

struct OfficeFacts
{
    QString name; // 龙水镇人民政府; empty: the template's office name
    QString phone; // empty: the template's office phone
};

struct MemberFacts
{
    QString name;
    QString relation; // 与申请人关系 as printed: 本人, 配偶, 子女, …
    QString idNumber;
    QDate birthDate; // when invalid, taken from the ID number if it parses
    QString health; // 健康状况: 健康, 残疾二级, 慢性病 …
    QString occupation; // 就业或就学情况
    qint64 monthlyIncomeFen = 0;
};

// One household on a publicity sheet or the long-term roster. Only what a
// publicity may show exists here.
struct PublicityRow
{
    QString headName;
    int householdSize = 0;
    QString assistanceType;
    qint64 monthlyAmountFen = 0;
};

struct AppraisalFacts
{
    QDate date;
    QString place;
    QString chair; // 主持人
    QString recorder; // 记录人
    QStringList participants; // names, with their role where useful: "李四（村纪检委员）"
    QString minutes; // 评议情况
    QString result; // 评议结果: "同意13票，不同意0票，弃权0票"
    QString signer; // 村（居）委会主任或党组织书记
};

struct HomeVisitFacts
{
    QDate date;
    QStringList investigators; // 调查人
    QString housing; // 住房情况
    QString livelihood; // 生活状况, 收入来源
    QString opinion; // 调查人意见
};

// Everything the documents of one case may print, as plain data: the case
// store fills it, nothing here reads the store. Amounts are fen; each
// composer takes only the facts its kind prints and says which are missing.
struct DocumentFacts
{
    Disclosure disclosure = Disclosure::Internal;
    OfficeFacts office;
    QString documentNumber; // 大足民救〔2026〕12号, numbered elsewhere

    QString applicantName;
    QString applicantIdNumber;
    QString address;
    QString community; // 村（社区）
    QString phone;
    QString bankAccount;
    QString assistanceType; // 最低生活保障, 临时救助（支出型）, …
    int householdSize = 0; // persons covered
    qint64 amountFen = 0; // monthly benefit, or the one-off sum of temporary assistance
    std::optional<qint64> previousAmountFen; // before an adjustment
    std::optional<YearMonth> startMonth; // first month paid; for an adjustment, the month it takes effect

    QDate applicationDate;
    QDate issueDate; // 成文日期 of the document
    QDate supplementDeadline; // missing materials: date by which to bring them
    QDate publicityStart;
    QDate publicityEnd;

    QStringList explanationLines; // how the amount was computed, one sentence each
    QStringList missingItems;
    QStringList reasons;
    QString hardship; // 困难情形 on forms
    QString preliminaryOpinion; // 初审意见
    QString confirmationOpinion; // 审核确认意见

    QList<MemberFacts> members;
    AppraisalFacts appraisal;
    HomeVisitFacts homeVisit;
    QList<PublicityRow> publicityRows; // publicity sheet and roster; the applicant alone when empty
};

} // namespace jiuzhu

#pragma once

#include <QString>

#include <array>
#include <optional>

namespace jiuzhu {

// Every document the township office prints. The keys are stable (command
// line, template file, archive catalogue) and never depend on enum order.
enum class DocumentKind {
    AcceptanceNotice, // 受理通知书
    MissingMaterialsNotice, // 补齐材料一次性告知书
    IntakeRefusalNotice, // 不予受理告知书
    PublicityNotice, // 审核确认公示单
    ApprovalNotice, // 审核确认通知书
    RefusalNotice, // 不予批准告知书
    AdjustmentNotice, // 救助金调整（停发）告知书
    AppraisalRecord, // 民主评议记录
    HomeVisitForm, // 入户调查表
    ConfirmationForm, // 申请审核确认表
    EconomicCheckAuthorization, // 家庭经济状况核对授权书
    TemporaryAssistanceForm, // 临时救助审批表
    LongTermPublicityRoster, // 长期公示名册
};

inline constexpr std::array kAllDocumentKinds {
    DocumentKind::AcceptanceNotice,
    DocumentKind::MissingMaterialsNotice,
    DocumentKind::IntakeRefusalNotice,
    DocumentKind::PublicityNotice,
    DocumentKind::ApprovalNotice,
    DocumentKind::RefusalNotice,
    DocumentKind::AdjustmentNotice,
    DocumentKind::AppraisalRecord,
    DocumentKind::HomeVisitForm,
    DocumentKind::ConfirmationForm,
    DocumentKind::EconomicCheckAuthorization,
    DocumentKind::TemporaryAssistanceForm,
    DocumentKind::LongTermPublicityRoster,
};

// "acceptance-notice", "long-term-publicity-roster", …
QString documentKindKey(DocumentKind kind);
std::optional<DocumentKind> documentKindFromKey(const QString& key);

// Publicity documents are posted on the community board: whatever the caller
// passes, they must never carry an ID number, a bank account or an income.
bool isPublicity(DocumentKind kind);

} // namespace jiuzhu

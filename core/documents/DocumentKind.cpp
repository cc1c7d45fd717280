#include "core/documents/DocumentKind.h"

#include "core/domain/DomainKeys.h"

#include <utility>

namespace jiuzhu {

namespace {

constexpr std::array kDocumentKindKeys {
    std::pair {DocumentKind::AcceptanceNotice, u"acceptance-notice"},
    std::pair {DocumentKind::MissingMaterialsNotice, u"missing-materials-notice"},
    std::pair {DocumentKind::IntakeRefusalNotice, u"intake-refusal-notice"},
    std::pair {DocumentKind::PublicityNotice, u"publicity-notice"},
    std::pair {DocumentKind::ApprovalNotice, u"approval-notice"},
    std::pair {DocumentKind::RefusalNotice, u"refusal-notice"},
    std::pair {DocumentKind::AdjustmentNotice, u"adjustment-notice"},
    std::pair {DocumentKind::AppraisalRecord, u"appraisal-record"},
    std::pair {DocumentKind::HomeVisitForm, u"home-visit-form"},
    std::pair {DocumentKind::ConfirmationForm, u"confirmation-form"},
    std::pair {DocumentKind::EconomicCheckAuthorization, u"economic-check-authorization"},
    std::pair {DocumentKind::TemporaryAssistanceForm, u"temporary-assistance-form"},
    std::pair {DocumentKind::LongTermPublicityRoster, u"long-term-publicity-roster"},
};

static_assert(kDocumentKindKeys.size() == kAllDocumentKinds.size(), "every kind needs a key");

} // namespace

QString documentKindKey(DocumentKind kind)
{
    return keyInTable(kDocumentKindKeys, kind);
}

std::optional<DocumentKind> documentKindFromKey(const QString& key)
{
    return valueInTable(kDocumentKindKeys, key);
}

bool isPublicity(DocumentKind kind)
{
    return kind == DocumentKind::PublicityNotice || kind == DocumentKind::LongTermPublicityRoster;
}

} // namespace jiuzhu

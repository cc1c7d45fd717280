#pragma once

#include <QList>
#include <QString>

namespace jiuzhu {

// One line of the audit trail behind an amount: which rule, the arithmetic,
// its result, and the sentence printed on the 申请审核确认表.
struct ExplanationStep
{
    QString rule; // policy key or calculation step, e.g. "dibao.standard.monthly", "dibao.gap"
    QString formula; // the arithmetic in fen, e.g. "63000 × 3 = 189000"
    qint64 resultFen = 0; // the amount the step arrives at (0 for steps that decide, not compute)
    // A complete Chinese sentence, e.g.
    // "农村低保标准每人每月605.00元（2025年7月起执行）×共同生活家庭成员3人＝1,815.00元".
    QString text;

    friend bool operator==(const ExplanationStep&, const ExplanationStep&) = default;
};

struct Explanation
{
    QList<ExplanationStep> steps;

    // The steps' sentences numbered one per line ("1. …\n2. …"), as printed
    // in the 审核意见 box.
    [[nodiscard]] QString toChinese() const;

    void add(const QString& rule, const QString& formula, qint64 resultFen, const QString& text)
    {
        steps.append(ExplanationStep {rule, formula, resultFen, text});
    }

    friend bool operator==(const Explanation&, const Explanation&) = default;
};

} // namespace jiuzhu

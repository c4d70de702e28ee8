#pragma once

#include "barcode/CheckDigit.h"
#include "devices/ScanEvent.h"

#include <QJsonArray>
#include <QList>
#include <QRegularExpression>

namespace comptoir::devices {

// How one kind of code looks on this network: a pattern and the check digit its labels carry.
struct CodeRule
{
    CodeKind kind = CodeKind::Item;
    QString pattern; // a regular expression matched against the whole code
    checkdigit::Algorithm check = checkdigit::Algorithm::None;
};

// Bounds on the rules (a setting a network may hand out) and on what they are matched against. A
// network has a handful of rules; a code longer than any label (MaxSerialCodeBytes) is not matched
// at all (Unknown), so no pattern runs on a pasted page of text. Rules beyond MaxRules and
// patterns longer than MaxPatternLength are reported by problem() and match nothing.
constexpr int MaxRules = 64;
constexpr qsizetype MaxPatternLength = 256;
constexpr qsizetype MaxClassifiedCodeLength = 256;

// The network's barcode rules, in order: the first rule whose pattern matches decides the kind.
// Stored as JSON in the setting "devices/barcodeRules".
class BarcodeRules
{
public:
    BarcodeRules() = default;
    explicit BarcodeRules(QList<CodeRule> rules);

    // 14-digit Codabar cards (2…) and items (3…) with the Luhn check, crate labels "BAC…" and
    // click & collect bag labels "CC…", as the training library prints them.
    static BarcodeRules defaults();

    struct Classification
    {
        CodeKind kind = CodeKind::Unknown;
        bool checkDigitFailed = false;
        checkdigit::Algorithm check = checkdigit::Algorithm::None;
    };
    Classification classify(const QString& code) const;

    const QList<CodeRule>& rules() const { return m_rules; }
    QString problem() const { return m_problem; } // a pattern that does not compile

    QJsonArray toJson() const;
    static BarcodeRules fromJson(const QJsonArray& json);

private:
    QList<CodeRule> m_rules;
    QList<QRegularExpression> m_compiled;
    QString m_problem;
};

QString checkAlgorithmName(checkdigit::Algorithm algorithm);
checkdigit::Algorithm checkAlgorithmFromName(const QString& name);

} // namespace comptoir::devices

#include "devices/BarcodeRules.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace comptoir::devices {

QString scanSourceName(ScanSource source)
{
    switch (source) {
    case ScanSource::Field:
        return QCoreApplication::translate("ScanEvent", "scan field");
    case ScanSource::KeyboardWedge:
        return QCoreApplication::translate("ScanEvent", "keyboard scanner");
    case ScanSource::SerialScanner:
        return QCoreApplication::translate("ScanEvent", "serial scanner");
    case ScanSource::Rfid:
        return QCoreApplication::translate("ScanEvent", "RFID pad");
    }
    return {};
}

QString codeKindName(CodeKind kind)
{
    switch (kind) {
    case CodeKind::Unknown:
        return QStringLiteral("unknown");
    case CodeKind::Item:
        return QStringLiteral("item");
    case CodeKind::PatronCard:
        return QStringLiteral("patron");
    case CodeKind::Crate:
        return QStringLiteral("crate");
    case CodeKind::Order:
        return QStringLiteral("order");
    }
    return {};
}

namespace {

CodeKind kindFromName(const QString& name)
{
    for (const CodeKind kind :
         {CodeKind::Item, CodeKind::PatronCard, CodeKind::Crate, CodeKind::Order, CodeKind::Unknown})
        if (codeKindName(kind) == name)
            return kind;
    return CodeKind::Unknown;
}

} // namespace

QString checkAlgorithmName(checkdigit::Algorithm algorithm)
{
    switch (algorithm) {
    case checkdigit::Algorithm::None:
        return QStringLiteral("none");
    case checkdigit::Algorithm::Luhn:
        return QStringLiteral("luhn");
    case checkdigit::Algorithm::Weight31:
        return QStringLiteral("3-1");
    case checkdigit::Algorithm::Ean13:
        return QStringLiteral("ean13");
    case checkdigit::Algorithm::Isbn10:
        return QStringLiteral("isbn10");
    }
    return {};
}

checkdigit::Algorithm checkAlgorithmFromName(const QString& name)
{
    for (const auto algorithm : {checkdigit::Algorithm::Luhn, checkdigit::Algorithm::Weight31,
                                 checkdigit::Algorithm::Ean13, checkdigit::Algorithm::Isbn10})
        if (checkAlgorithmName(algorithm) == name)
            return algorithm;
    return checkdigit::Algorithm::None;
}

BarcodeRules::BarcodeRules(QList<CodeRule> rules)
    : m_rules(std::move(rules))
{
    const auto problem = [this](const QString& pattern, const QString& why) {
        if (m_problem.isEmpty())
            m_problem = QCoreApplication::translate("BarcodeRules", "The pattern %1 is not valid: %2")
                            .arg(pattern.size() > 40 ? pattern.left(40) + QStringLiteral("…") : pattern, why);
    };
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const CodeRule& rule = m_rules[i];
        if (i >= MaxRules || rule.pattern.size() > MaxPatternLength) {
            problem(rule.pattern, i >= MaxRules ? QStringLiteral("more than %1 rules").arg(MaxRules)
                                                : QStringLiteral("longer than %1 characters").arg(MaxPatternLength));
            m_compiled << QRegularExpression(); // never used: classify() skips it
            continue;
        }
        QRegularExpression re(QRegularExpression::anchoredPattern(rule.pattern));
        if (!re.isValid())
            problem(rule.pattern, re.errorString());
        m_compiled << re;
    }
}

BarcodeRules BarcodeRules::defaults()
{
    return BarcodeRules({
        {CodeKind::PatronCard, QStringLiteral("2[0-9]{13}"), checkdigit::Algorithm::Luhn},
        {CodeKind::Item, QStringLiteral("3[0-9]{13}"), checkdigit::Algorithm::Luhn},
        {CodeKind::Crate, QStringLiteral("BAC-?[0-9]{1,8}"), checkdigit::Algorithm::None},
        {CodeKind::Order, QStringLiteral("CC[0-9]{1,10}"), checkdigit::Algorithm::None},
    });
}

BarcodeRules::Classification BarcodeRules::classify(const QString& code) const
{
    Classification out;
    if (code.size() > MaxClassifiedCodeLength)
        return out;
    for (qsizetype i = 0; i < m_rules.size() && i < MaxRules; ++i) {
        if (m_rules[i].pattern.size() > MaxPatternLength || !m_compiled[i].isValid() ||
            !m_compiled[i].match(code).hasMatch())
            continue;
        out.kind = m_rules[i].kind;
        out.check = m_rules[i].check;
        out.checkDigitFailed = !checkdigit::verify(m_rules[i].check, code);
        return out;
    }
    return out;
}

QJsonArray BarcodeRules::toJson() const
{
    QJsonArray array;
    for (const CodeRule& rule : m_rules)
        array.append(QJsonObject{{QStringLiteral("kind"), codeKindName(rule.kind)},
                                 {QStringLiteral("pattern"), rule.pattern},
                                 {QStringLiteral("check"), checkAlgorithmName(rule.check)}});
    return array;
}

BarcodeRules BarcodeRules::fromJson(const QJsonArray& json)
{
    QList<CodeRule> rules;
    for (const QJsonValue& value : json) {
        const QJsonObject o = value.toObject();
        const QString pattern = o.value(QStringLiteral("pattern")).toString();
        if (pattern.isEmpty())
            continue;
        rules.append({kindFromName(o.value(QStringLiteral("kind")).toString()), pattern,
                      checkAlgorithmFromName(o.value(QStringLiteral("check")).toString())});
    }
    return BarcodeRules(rules);
}

} // namespace comptoir::devices

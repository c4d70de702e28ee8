#include "formation/Exercise.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace comptoir::formation {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("comptoir::formation", text);
}

Error syntax(int line, const QString& reason)
{
    return {QStringLiteral("formation.syntax"), line > 0 ? tr("Line %1: %2").arg(line).arg(reason) : reason};
}

struct SetupName
{
    const char16_t* name;
    SetupStep::Kind kind;
    bool counted; // takes a count N
};
constexpr SetupName SetupNames[] = {
    {u"liste-à-prélever", SetupStep::Kind::PullLines, true},
    {u"étagère", SetupStep::Kind::ForHoldShelf, true},
    {u"navette", SetupStep::Kind::ForShuttle, true},
    {u"commande", SetupStep::Kind::ForOrder, true},
    {u"lecteur-en-attente", SetupStep::Kind::WaitingPatron, false},
    {u"commande-prête", SetupStep::Kind::ReadyOrder, false},
    {u"lecteur-trois-réservations", SetupStep::Kind::PhonePatron, false},
    {u"réservations-expirées", SetupStep::Kind::ExpiredHolds, true},
    {u"caisse", SetupStep::Kind::CrateLines, true},
    {u"casiers", SetupStep::Kind::LockerHolds, true},
    {u"livraison", SetupStep::Kind::DeliveryLines, true},
};

struct RuleName
{
    const char16_t* name;
    Check::Rule rule;
};
constexpr RuleName RuleNames[] = {
    {u"rendus", Check::Rule::Captured},         {u"ordre", Check::Rule::InOrder},
    {u"affectés", Check::Rule::Routed},         {u"navette", Check::Rule::RightCrate},
    {u"prêtés", Check::Rule::HandedOver},       {u"commande-remise", Check::Rule::OrderHanded},
    {u"annulées", Check::Rule::Cancelled},      {u"réponse", Check::Rule::Answer},
    {u"caisse-scellée", Check::Rule::CrateSealed},
    {u"casiers", Check::Rule::InLocker},        {u"colis", Check::Rule::InParcel},
};

const QStringList& placeholders()
{
    static const QStringList names{QStringLiteral("n"),    QStringLiteral("documents"), QStringLiteral("document"),
                                   QStringLiteral("site"), QStringLiteral("attendu"),   QStringLiteral("réponse")};
    return names;
}

// Every {name} known, every brace paired.
bool checkPlaceholders(const QString& text, QString* reason)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == QLatin1Char('}')) {
            *reason = tr("a “}” without its “{”.");
            return false;
        }
        if (c != QLatin1Char('{')) {
            ++i;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0) {
            *reason = tr("a “{” without its “}”.");
            return false;
        }
        const QString name = text.mid(i + 1, close - i - 1);
        if (!placeholders().contains(name)) {
            *reason = tr("unknown field “{%1}” (known: {n}, {documents}, {document}, {site}, {attendu}, {réponse}).")
                          .arg(name.left(40));
            return false;
        }
        i = close + 1;
    }
    return true;
}

bool hasControl(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return (c.category() == QChar::Other_Control && c != QLatin1Char('\t')) || c == QChar(0x2028) ||
               c == QChar(0x2029);
    });
}

} // namespace

int Exercise::totalPoints() const
{
    int total = 0;
    for (const Check& c : checks)
        total += c.points;
    return total;
}

Result<Exercise> parseExercise(const QByteArray& bytes, const QString& id)
{
    if (bytes.size() > MaxFileBytes)
        return syntax(0, tr("The file is larger than %L1 bytes.").arg(MaxFileBytes));
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(bytes);
    if (decode.hasError())
        return syntax(0, tr("The file is not UTF-8 text."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    Exercise ex;
    ex.id = id;
    enum class Section { None, Exercise, Setup, Question, Check };
    Section section = Section::None;
    QHash<QString, int> seen; // single keys of the current section (and of the single sections)
    QHash<QString, int> sectionsSeen;
    int exerciseLine = 0, questionLine = 0;
    bool questionExpected = false;
    Check* check = nullptr;
    QList<QPair<bool, bool>> checkHas; // per check: règle, message given

    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() > MaxLines)
        return syntax(MaxLines + 1, tr("an exercise has at most %L1 lines.").arg(MaxLines));
    for (int n = 0; n < lines.size(); ++n) {
        const int lineNo = n + 1;
        QString line = lines[n];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.toUtf8().size() > MaxLineBytes)
            return syntax(lineNo, tr("the line is longer than %L1 bytes.").arg(MaxLineBytes));
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (hasControl(trimmed))
            return syntax(lineNo, tr("a control character in the line."));
        if (trimmed.startsWith(QLatin1Char('['))) {
            if (!trimmed.endsWith(QLatin1Char(']')))
                return syntax(lineNo, tr("a section is written “[name]”."));
            const QString name = trimmed.mid(1, trimmed.size() - 2).trimmed();
            seen.clear();
            check = nullptr;
            if (name == QStringLiteral("exercice")) {
                section = Section::Exercise;
                exerciseLine = lineNo;
            } else if (name == QStringLiteral("préparation")) {
                section = Section::Setup;
            } else if (name == QStringLiteral("question")) {
                section = Section::Question;
                questionLine = lineNo;
                ex.hasQuestion = true;
            } else if (name == QStringLiteral("contrôle")) {
                if (ex.checks.size() >= MaxChecks)
                    return syntax(lineNo, tr("an exercise has at most %1 checks.").arg(MaxChecks));
                section = Section::Check;
                ex.checks.append(Check{});
                checkHas.append({false, false});
                check = &ex.checks.last();
                check->line = lineNo;
                continue;
            } else {
                return syntax(lineNo, tr("unknown section [%1] (known: [exercice], [préparation], [question], "
                                         "[contrôle]).")
                                          .arg(name.left(60)));
            }
            if (sectionsSeen.contains(name))
                return syntax(lineNo, tr("section [%1] is given twice (first on line %2).")
                                          .arg(name)
                                          .arg(sectionsSeen.value(name)));
            sectionsSeen.insert(name, lineNo);
            continue;
        }
        const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return syntax(lineNo, tr("expected “name = value”."));
        const QString key = trimmed.left(eq).trimmed();
        const QString value = trimmed.mid(eq + 1).trimmed();
        if (section == Section::None)
            return syntax(lineNo, tr("“%1” is outside a section.").arg(key.left(60)));
        if (value.isEmpty())
            return syntax(lineNo, tr("“%1” has no value.").arg(key.left(60)));
        const bool repeatable = (section == Section::Exercise && key == QStringLiteral("indice")) ||
                                (section == Section::Setup && key == QStringLiteral("sujet"));
        if (!repeatable) {
            if (seen.contains(key))
                return syntax(
                    lineNo, tr("“%1” is given twice (first on line %2).").arg(key.left(60)).arg(seen.value(key)));
            seen.insert(key, lineNo);
        }
        QString reason;
        switch (section) {
        case Section::None:
            break;
        case Section::Exercise:
            if (key == QStringLiteral("titre")) {
                ex.title = value;
            } else if (key == QStringLiteral("objectif")) {
                ex.goal = value;
            } else if (key == QStringLiteral("indice")) {
                if (ex.hints.size() >= MaxHints)
                    return syntax(lineNo, tr("an exercise has at most %1 hints.").arg(MaxHints));
                ex.hints << value;
            } else if (key == QStringLiteral("ordre")) {
                bool ok = false;
                const int order = value.toInt(&ok);
                if (!ok || order < 0 || order > 1000)
                    return syntax(lineNo, tr("“ordre” is a whole number from 0 to 1000, not “%1”.").arg(value.left(40)));
                ex.order = order;
            } else {
                return syntax(lineNo, tr("unknown setting “%1” in [exercice] (known: titre, objectif, indice, ordre).")
                                          .arg(key.left(60)));
            }
            break;
        case Section::Setup: {
            if (key != QStringLiteral("sujet"))
                return syntax(lineNo, tr("unknown setting “%1” in [préparation] (known: sujet).").arg(key.left(60)));
            if (ex.setup.size() >= MaxSetupSteps)
                return syntax(lineNo, tr("an exercise has at most %1 subjects.").arg(MaxSetupSteps));
            const QStringList words = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const auto* known = std::find_if(std::begin(SetupNames), std::end(SetupNames), [&](const SetupName& s) {
                return words.first() == QString::fromUtf16(s.name);
            });
            if (known == std::end(SetupNames))
                return syntax(lineNo, tr("unknown subject “%1”.").arg(words.first().left(60)));
            SetupStep step;
            step.kind = known->kind;
            if (known->counted) {
                bool ok = false;
                step.count = words.size() == 2 ? words[1].toInt(&ok) : 0;
                if (!ok || step.count < 1 || step.count > MaxCount)
                    return syntax(lineNo, tr("“%1” takes a count from 1 to %2.").arg(words.first()).arg(MaxCount));
            } else if (words.size() != 1) {
                return syntax(lineNo, tr("“%1” takes no count.").arg(words.first()));
            }
            ex.setup << step;
            break;
        }
        case Section::Question:
            if (key == QStringLiteral("texte")) {
                ex.question.text = value;
            } else if (key == QStringLiteral("attendu")) {
                questionExpected = true;
                if (value == QStringLiteral("en-attente"))
                    ex.question.expected = Question::Expected::Waiting;
                else if (value == QStringLiteral("en-transit"))
                    ex.question.expected = Question::Expected::InTransit;
                else if (value == QStringLiteral("à-prélever"))
                    ex.question.expected = Question::Expected::Pending;
                else
                    return syntax(lineNo, tr("“attendu” is en-attente, en-transit or à-prélever, not “%1”.")
                                              .arg(value.left(40)));
            } else {
                return syntax(lineNo, tr("unknown setting “%1” in [question] (known: texte, attendu).")
                                          .arg(key.left(60)));
            }
            break;
        case Section::Check:
            if (key == QStringLiteral("règle")) {
                const auto* known = std::find_if(std::begin(RuleNames), std::end(RuleNames),
                                                 [&](const RuleName& r) { return value == QString::fromUtf16(r.name); });
                if (known == std::end(RuleNames))
                    return syntax(lineNo, tr("unknown rule “%1”.").arg(value.left(60)));
                check->rule = known->rule;
                checkHas.last().first = true;
            } else if (key == QStringLiteral("message") || key == QStringLiteral("message.un")) {
                if (!checkPlaceholders(value, &reason))
                    return syntax(lineNo, reason);
                (key == QStringLiteral("message") ? check->message : check->messageOne) = value;
                if (key == QStringLiteral("message"))
                    checkHas.last().second = true;
            } else if (key == QStringLiteral("points")) {
                bool ok = false;
                const int points = value.toInt(&ok);
                if (!ok || points < 1 || points > MaxPoints)
                    return syntax(lineNo,
                                  tr("“points” is a whole number from 1 to %1, not “%2”.").arg(MaxPoints).arg(value.left(40)));
                check->points = points;
            } else {
                return syntax(lineNo, tr("unknown setting “%1” in [contrôle] (known: règle, message, message.un, "
                                         "points).")
                                          .arg(key.left(60)));
            }
            break;
        }
    }
    // What the whole file must hold.
    if (!exerciseLine)
        return syntax(0, tr("The file has no [exercice] section."));
    if (ex.title.isEmpty())
        return syntax(exerciseLine, tr("[exercice] has no “titre”."));
    if (ex.goal.isEmpty())
        return syntax(exerciseLine, tr("[exercice] has no “objectif”."));
    if (ex.setup.isEmpty())
        return syntax(0, tr("The file has no [préparation] with a “sujet”."));
    if (ex.checks.isEmpty())
        return syntax(0, tr("The file has no [contrôle] section."));
    for (qsizetype i = 0; i < ex.checks.size(); ++i) {
        const Check& c = ex.checks[i];
        if (!checkHas[i].first)
            return syntax(c.line, tr("[contrôle] has no “règle”."));
        if (!checkHas[i].second)
            return syntax(c.line, tr("[contrôle] has no “message”."));
        if (c.rule == Check::Rule::Answer && !ex.hasQuestion)
            return syntax(c.line, tr("rule “réponse” needs a [question] section."));
    }
    if (ex.hasQuestion && ex.question.text.isEmpty())
        return syntax(questionLine, tr("[question] has no “texte”."));
    if (ex.hasQuestion && !questionExpected)
        return syntax(questionLine, tr("[question] has no “attendu”."));
    return ex;
}

QString fillMessage(const Check& check, int n, const QStringList& documents, const QString& document,
                    const QString& site, const QString& expected, const QString& answer)
{
    QString text = n == 1 && !check.messageOne.isEmpty() ? check.messageOne : check.message;
    // Long lists shortened: the first ten, then how many more.
    QStringList shown = documents.mid(0, 10);
    if (documents.size() > 10)
        shown << QStringLiteral("… (+%1)").arg(documents.size() - 10);
    text.replace(QStringLiteral("{n}"), QString::number(n));
    text.replace(QStringLiteral("{documents}"), shown.join(QStringLiteral(", ")));
    text.replace(QStringLiteral("{document}"), document);
    text.replace(QStringLiteral("{site}"), site);
    text.replace(QStringLiteral("{attendu}"), expected);
    text.replace(QStringLiteral("{réponse}"), answer);
    return text;
}

QList<Exercise> loadExercises(const QString& folder, QStringList* problems)
{
    QList<Exercise> all;
    QStringList seenIds;
    auto loadDir = [&](const QString& dir) {
        const QStringList names = QDir(dir).entryList({QStringLiteral("*.exercise")}, QDir::Files, QDir::Name);
        for (const QString& name : names) {
            QFile file(QDir(dir).filePath(name));
            if (file.size() > MaxFileBytes || !file.open(QIODevice::ReadOnly)) {
                if (problems)
                    *problems << tr("%1: cannot be read, or larger than %L2 bytes.").arg(file.fileName()).arg(MaxFileBytes);
                continue;
            }
            const QString id = name.chopped(int(qstrlen(".exercise")));
            auto parsed = parseExercise(file.read(MaxFileBytes + 1), id);
            if (!parsed) {
                if (problems)
                    *problems << QStringLiteral("%1: %2").arg(file.fileName(), parsed.error().message);
                continue;
            }
            // A network's own file of the same name replaces the shipped one.
            if (const qsizetype at = seenIds.indexOf(id); at >= 0) {
                all[at] = parsed.value();
            } else {
                seenIds << id;
                all << parsed.value();
            }
        }
    };
    loadDir(QStringLiteral(":/formation"));
    if (!folder.isEmpty())
        loadDir(folder);
    std::stable_sort(all.begin(), all.end(), [](const Exercise& a, const Exercise& b) { return a.order < b.order; });
    return all;
}

} // namespace comptoir::formation

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir::print {

// The values a template is filled with: text by dotted name ("patron.pickup_code"), and named
// lists of contexts for repeated sections ("lines", "items").
struct TemplateContext
{
    QHash<QString, QString> values;
    QHash<QString, QList<TemplateContext>> lists;
};

struct TemplateProblem
{
    int line = 0;
    QString message;
};

enum class Escape { None, Html };

// Bounds on templates and on what they produce. Templates are text files a library edits by hand
// (the shipped ones are under 2 KB), filled with data from the ILS (a pull list: up to 10^5 lines):
constexpr qsizetype MaxTemplateChars = 256 * 1024; // read up to there; checkTemplate says the rest is ignored
constexpr int MaxSectionDepth = 16;                // deeper sections are dropped
// Rendering stops (what was rendered is kept) after this much output or this many tags, lists
// repeated included: a list nested in itself repeats its body (list size)^depth times.
constexpr qsizetype MaxRenderedChars = 32 * 1024 * 1024;
constexpr qint64 MaxRenderSteps = 8'000'000;
constexpr int MaxTemplateProblems = 100; // checkTemplate lists the first ones

// A small, logic-less template language for slips and printed lists:
//   {{name}}                 the value (HTML-escaped in Escape::Html); unknown names give nothing
//   {{#list}} … {{/list}}    repeated for each context of a list (names are looked up in the
//                            current context first, then outward)
//   {{#name}} … {{/name}}    shown only when the value is not empty
//   {{^name}} … {{/name}}    shown only when the value (or list) is empty
//   {{! comment }}           dropped
//   {{#count.one}} … {{/count.one}}, {{#count.many}} … {{/count.many}}
//                            for any count: shown when it is 0 or 1 / 2 or more (French plural),
//                            so a template writes « 1 document », « 3 documents », never « (s) »
// A malformed template (unclosed section, stray close) renders what it can; checkTemplate() says what is wrong.
// complete (when given) is false when rendering stopped at MaxRenderedChars or MaxRenderSteps.
QString renderTemplate(const QString& text, const TemplateContext& context, Escape escape = Escape::None,
                       bool* complete = nullptr);

// The problems of a template against what its kind provides: unknown names, unbalanced sections.
QList<TemplateProblem> checkTemplate(const QString& text, const QStringList& names, const QStringList& lists = {});

} // namespace comptoir::print

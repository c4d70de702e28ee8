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

// A small, logic-less template language for slips and printed lists:
//   {{name}}                 the value (HTML-escaped in Escape::Html); unknown names give nothing
//   {{#list}} … {{/list}}    repeated for each context of a list (names are looked up in the
//                            current context first, then outward)
//   {{#name}} … {{/name}}    shown only when the value is not empty
//   {{^name}} … {{/name}}    shown only when the value (or list) is empty
//   {{! comment }}           dropped
// A malformed template (unclosed section, stray close) renders what it can; checkTemplate() says what is wrong.
QString renderTemplate(const QString& text, const TemplateContext& context, Escape escape = Escape::None);

// The problems of a template against what its kind provides: unknown names, unbalanced sections.
QList<TemplateProblem> checkTemplate(const QString& text, const QStringList& names, const QStringList& lists = {});

} // namespace comptoir::print

#include "Template.h"

#include <QCoreApplication>

namespace comptoir::print {

namespace {

struct Tag
{
    enum Kind { Value, Open, Inverted, Close, Comment } kind = Value;
    QString name;
    qsizetype start = 0, end = 0; // [start, end) of "{{…}}" in the text
};

// The next tag at or after `from`, or false.
bool nextTag(const QString& text, qsizetype from, Tag& tag)
{
    const qsizetype open = text.indexOf(QLatin1String("{{"), from);
    if (open < 0)
        return false;
    const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
    if (close < 0)
        return false;
    QString inner = text.mid(open + 2, close - open - 2).trimmed();
    tag.start = open;
    tag.end = close + 2;
    tag.kind = Tag::Value;
    if (inner.startsWith(QLatin1Char('#')))
        tag.kind = Tag::Open;
    else if (inner.startsWith(QLatin1Char('^')))
        tag.kind = Tag::Inverted;
    else if (inner.startsWith(QLatin1Char('/')))
        tag.kind = Tag::Close;
    else if (inner.startsWith(QLatin1Char('!')))
        tag.kind = Tag::Comment;
    tag.name = tag.kind == Tag::Value ? inner : inner.mid(1).trimmed();
    return true;
}

// Where the section opened by a tag ending at `from` closes: the matching {{/name}} (sections of
// the same name may nest). -1 when it never closes.
qsizetype findClose(const QString& text, qsizetype from, const QString& name, Tag& closeTag)
{
    int depth = 1;
    Tag tag;
    qsizetype at = from;
    while (nextTag(text, at, tag)) {
        at = tag.end;
        if (tag.name != name)
            continue;
        if (tag.kind == Tag::Open || tag.kind == Tag::Inverted)
            ++depth;
        else if (tag.kind == Tag::Close && --depth == 0) {
            closeTag = tag;
            return tag.start;
        }
    }
    return -1;
}

using Scope = QList<const TemplateContext*>; // innermost last

const QString* lookupValue(const Scope& scope, const QString& name)
{
    for (qsizetype i = scope.size() - 1; i >= 0; --i) {
        auto it = scope[i]->values.constFind(name);
        if (it != scope[i]->values.cend())
            return &it.value();
    }
    return nullptr;
}

const QList<TemplateContext>* lookupList(const Scope& scope, const QString& name)
{
    for (qsizetype i = scope.size() - 1; i >= 0; --i) {
        auto it = scope[i]->lists.constFind(name);
        if (it != scope[i]->lists.cend())
            return &it.value();
    }
    return nullptr;
}

void render(const QString& text, qsizetype from, qsizetype to, Scope& scope, Escape escape, QString& out, int depth)
{
    Tag tag;
    qsizetype at = from;
    while (at < to && nextTag(text, at, tag) && tag.end <= to) {
        out += QStringView(text).mid(at, tag.start - at);
        at = tag.end;
        switch (tag.kind) {
        case Tag::Comment:
        case Tag::Close: // a stray close: dropped
            break;
        case Tag::Value:
            if (const QString* value = lookupValue(scope, tag.name))
                out += escape == Escape::Html ? value->toHtmlEscaped() : *value;
            break;
        case Tag::Open:
        case Tag::Inverted: {
            Tag closeTag;
            const qsizetype close = findClose(text, tag.end, tag.name, closeTag);
            if (close < 0 || close > to)
                break; // unclosed: the tag is dropped, the rest rendered as it is
            const QList<TemplateContext>* list = lookupList(scope, tag.name);
            const QString* value = lookupValue(scope, tag.name);
            const bool empty = list ? list->isEmpty() : (!value || value->isEmpty());
            if (depth < 16) {
                if (tag.kind == Tag::Inverted) {
                    if (empty)
                        render(text, tag.end, close, scope, escape, out, depth + 1);
                } else if (list) {
                    for (const TemplateContext& item : *list) {
                        scope.append(&item);
                        render(text, tag.end, close, scope, escape, out, depth + 1);
                        scope.removeLast();
                    }
                } else if (!empty) {
                    render(text, tag.end, close, scope, escape, out, depth + 1);
                }
            }
            at = closeTag.end;
            break;
        }
        }
    }
    if (at < to)
        out += QStringView(text).mid(at, to - at);
}

} // namespace

QString renderTemplate(const QString& text, const TemplateContext& context, Escape escape)
{
    QString out;
    out.reserve(text.size() * 2);
    Scope scope{&context};
    render(text, 0, text.size(), scope, escape, out, 0);
    return out;
}

QList<TemplateProblem> checkTemplate(const QString& text, const QStringList& names, const QStringList& lists)
{
    QList<TemplateProblem> problems;
    const auto lineOf = [&text](qsizetype at) { return int(text.left(at).count(QLatin1Char('\n'))) + 1; };
    QList<Tag> open;
    Tag tag;
    qsizetype at = 0;
    while (nextTag(text, at, tag)) {
        at = tag.end;
        switch (tag.kind) {
        case Tag::Comment:
            break;
        case Tag::Value:
            if (!names.contains(tag.name))
                problems.append(
                    {lineOf(tag.start), QCoreApplication::translate("Template", "Unknown field {{%1}}").arg(tag.name)});
            break;
        case Tag::Open:
        case Tag::Inverted:
            if (!names.contains(tag.name) && !lists.contains(tag.name))
                problems.append({lineOf(tag.start),
                                 QCoreApplication::translate("Template", "Unknown section {{#%1}}").arg(tag.name)});
            open.append(tag);
            break;
        case Tag::Close:
            if (open.isEmpty() || open.last().name != tag.name)
                problems.append(
                    {lineOf(tag.start),
                     QCoreApplication::translate("Template", "{{/%1}} closes no open section").arg(tag.name)});
            else
                open.removeLast();
            break;
        }
    }
    for (const Tag& unclosed : std::as_const(open))
        problems.append(
            {lineOf(unclosed.start),
             QCoreApplication::translate("Template", "Section {{#%1}} is never closed").arg(unclosed.name)});
    const qsizetype stray = text.indexOf(QLatin1String("{{"), at);
    if (stray >= 0)
        problems.append({lineOf(stray), QCoreApplication::translate("Template", "{{ without }}")});
    return problems;
}

} // namespace comptoir::print

#include "print/Template.h"

#include <QCoreApplication>
#include <QHash>

namespace comptoir::print {

namespace {

struct Tag
{
    enum Kind { Value, Open, Inverted, Close, Comment } kind = Value;
    QString name;
    qsizetype start = 0, end = 0; // [start, end) of "{{…}}" in the text
    qsizetype close = -1;         // Open/Inverted: index of the tag closing the section, -1 if none
};

// The text (up to MaxTemplateChars) and its tags, each section matched to its close once: the
// matching {{/name}}, sections of the same name nesting. Rendering then walks the tags, never
// searches the text again (searching for each close was quadratic in the number of tags).
struct Parsed
{
    QStringView text;
    QList<Tag> tags;
    qsizetype tail = -1; // where a "{{" without "}}" starts, -1 if none
};

Parsed parse(const QString& whole)
{
    Parsed parsed;
    parsed.text = QStringView(whole).left(MaxTemplateChars);
    const QStringView text = parsed.text;
    QHash<QString, QList<qsizetype>> open; // per name, the sections not closed yet
    qsizetype from = 0;
    while (true) {
        const qsizetype start = text.indexOf(QLatin1String("{{"), from);
        if (start < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1String("}}"), start + 2);
        if (close < 0) {
            parsed.tail = start;
            break;
        }
        const QStringView inner = text.mid(start + 2, close - start - 2).trimmed();
        Tag tag;
        tag.start = start;
        tag.end = close + 2;
        if (inner.startsWith(QLatin1Char('#')))
            tag.kind = Tag::Open;
        else if (inner.startsWith(QLatin1Char('^')))
            tag.kind = Tag::Inverted;
        else if (inner.startsWith(QLatin1Char('/')))
            tag.kind = Tag::Close;
        else if (inner.startsWith(QLatin1Char('!')))
            tag.kind = Tag::Comment;
        tag.name = (tag.kind == Tag::Value ? inner : inner.mid(1).trimmed()).toString();
        const qsizetype index = parsed.tags.size();
        if (tag.kind == Tag::Open || tag.kind == Tag::Inverted) {
            open[tag.name].append(index);
        } else if (tag.kind == Tag::Close) {
            auto it = open.find(tag.name);
            if (it != open.end() && !it->isEmpty())
                parsed.tags[it->takeLast()].close = index;
        }
        parsed.tags.append(tag);
        from = tag.end;
    }
    return parsed;
}

using Scope = QList<const TemplateContext*>; // innermost last

const QString* findValue(const Scope& scope, const QString& name)
{
    for (qsizetype i = scope.size() - 1; i >= 0; --i) {
        auto it = scope[i]->values.constFind(name);
        if (it != scope[i]->values.cend())
            return &it.value();
    }
    return nullptr;
}

// "count.one" / "count.many": the plural of a count, for a template's own words.
bool isPluralName(const QString& name, QString* base, bool* many)
{
    for (const auto& [suffix, isMany] :
         {std::pair{QLatin1String(".one"), false}, std::pair{QLatin1String(".many"), true}})
        if (name.endsWith(suffix) && name.size() > suffix.size()) {
            *base = name.chopped(suffix.size());
            *many = isMany;
            return true;
        }
    return false;
}

const QString* lookupValue(const Scope& scope, const QString& name)
{
    if (const QString* value = findValue(scope, name))
        return value;
    QString base;
    bool many = false;
    if (!isPluralName(name, &base, &many))
        return nullptr;
    const QString* count = findValue(scope, base);
    bool ok = false;
    const qlonglong n = count ? count->toLongLong(&ok) : 0;
    if (!ok)
        return nullptr;
    // French: 0 and 1 take the singular.
    static const QString yes = QStringLiteral("1");
    return (n > 1) == many ? &yes : nullptr;
}

bool knownName(const QStringList& names, const QString& name)
{
    QString base;
    bool many = false;
    return names.contains(name) || (isPluralName(name, &base, &many) && names.contains(base));
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

struct Renderer
{
    const Parsed& parsed;
    Escape escape;
    QString out;
    Scope scope;
    qint64 steps = 0;
    bool stopped = false; // a bound reached: the rest is not rendered

    bool spend()
    {
        if (++steps > MaxRenderSteps || out.size() > MaxRenderedChars)
            stopped = true;
        return !stopped;
    }

    // Renders the text from `at` to `to` whose tags are [first, last).
    void render(qsizetype at, qsizetype to, qsizetype first, qsizetype last, int depth)
    {
        for (qsizetype i = first; i < last && spend(); ++i) {
            const Tag& tag = parsed.tags[i];
            out += parsed.text.mid(at, tag.start - at);
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
                if (tag.close < 0 || tag.close >= last)
                    break; // unclosed: the tag is dropped, the rest rendered as it is
                const Tag& closeTag = parsed.tags[tag.close];
                const QList<TemplateContext>* list = lookupList(scope, tag.name);
                const QString* value = lookupValue(scope, tag.name);
                const bool empty = list ? list->isEmpty() : (!value || value->isEmpty());
                if (depth < MaxSectionDepth) {
                    if (tag.kind == Tag::Inverted) {
                        if (empty)
                            render(tag.end, closeTag.start, i + 1, tag.close, depth + 1);
                    } else if (list) {
                        for (const TemplateContext& item : *list) {
                            if (!spend())
                                break;
                            scope.append(&item);
                            render(tag.end, closeTag.start, i + 1, tag.close, depth + 1);
                            scope.removeLast();
                        }
                    } else if (!empty) {
                        render(tag.end, closeTag.start, i + 1, tag.close, depth + 1);
                    }
                }
                at = closeTag.end;
                i = tag.close;
                break;
            }
            }
        }
        if (!stopped && at < to)
            out += parsed.text.mid(at, to - at);
    }
};

} // namespace

QString renderTemplate(const QString& text, const TemplateContext& context, Escape escape, bool* complete)
{
    const Parsed parsed = parse(text);
    Renderer renderer{parsed, escape, {}, {&context}};
    renderer.out.reserve(std::min(parsed.text.size() * 2, MaxRenderedChars));
    renderer.render(0, parsed.text.size(), 0, parsed.tags.size(), 0);
    if (complete)
        *complete = !renderer.stopped;
    return renderer.out;
}

QList<TemplateProblem> checkTemplate(const QString& text, const QStringList& names, const QStringList& lists)
{
    QList<TemplateProblem> problems;
    const Parsed parsed = parse(text);
    // Line numbers counted as the tags go (counting from the start for each was quadratic).
    qsizetype counted = 0;
    int line = 1;
    const auto lineOf = [&](qsizetype at) {
        if (at < counted) {
            counted = 0;
            line = 1;
        }
        line += int(parsed.text.mid(counted, at - counted).count(QLatin1Char('\n')));
        counted = at;
        return line;
    };
    const auto add = [&](qsizetype at, const QString& message) {
        if (problems.size() < MaxTemplateProblems)
            problems.append({lineOf(at), message});
    };
    if (text.size() > MaxTemplateChars)
        add(parsed.text.size(),
            QCoreApplication::translate("Template", "The template is longer than %L1 characters: the rest is ignored")
                .arg(MaxTemplateChars));
    QList<const Tag*> open;
    for (const Tag& tag : parsed.tags) {
        if (problems.size() >= MaxTemplateProblems)
            break;
        switch (tag.kind) {
        case Tag::Comment:
            break;
        case Tag::Value:
            if (!knownName(names, tag.name))
                add(tag.start, QCoreApplication::translate("Template", "Unknown field {{%1}}").arg(tag.name));
            break;
        case Tag::Open:
        case Tag::Inverted:
            if (!knownName(names, tag.name) && !lists.contains(tag.name))
                add(tag.start, QCoreApplication::translate("Template", "Unknown section {{#%1}}").arg(tag.name));
            open.append(&tag);
            break;
        case Tag::Close:
            if (open.isEmpty() || open.last()->name != tag.name)
                add(tag.start, QCoreApplication::translate("Template", "{{/%1}} closes no open section").arg(tag.name));
            else
                open.removeLast();
            break;
        }
    }
    for (const Tag* unclosed : std::as_const(open))
        add(unclosed->start,
            QCoreApplication::translate("Template", "Section {{#%1}} is never closed").arg(unclosed->name));
    if (parsed.tail >= 0)
        add(parsed.tail, QCoreApplication::translate("Template", "{{ without }}"));
    return problems;
}

} // namespace comptoir::print

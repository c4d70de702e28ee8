#!/usr/bin/env python3
"""Applies French typography to the translations of a Qt .ts file, in place.

Usage: tests/tools/french_typography.py translations/comptoir_fr.ts [--check]

Only the text of <translation> and <numerusform> elements changes (sources, comments, names and
the rest of the file stay byte for byte). Running it twice changes nothing the second time.
With --check, nothing is written: the script lists what it would change and exits with 1 if any.

Rules (the same ones tst_translations checks; see translations/GLOSSARY.md):
  - « : » takes a no-break space U+00A0 before it;
  - « ; ! ? » take a narrow no-break space U+202F before them;
  - inside guillemets: « U+202F … U+202F »;
  - a straight apostrophe ' becomes ’ ; three dots ... become the ellipsis … ;
  - « N° » is tied to what follows by a no-break space.
Punctuation counts as French punctuation only when it ends a word: followed by a space or the end
of the text (« Port : », « Heure ? »). A colon or question mark inside a token is left alone:
times « 14:05 », ports « 192.168.1.50:9100 », URLs « https://… » and « ?q= », « %1:%2 ».
Never touched: HTML tags and their attributes (« <b> », « <a href='…'> », written &lt;…&gt; in the
.ts), HTML entities (« &amp;amp; »), template tags « {{…}} », placeholders (« %1 », « %n », « %L1 ») and URLs.
"""
import re
import sys

NBSP = "\u00a0"
NNBSP = "\u202f"
# Spaces that may stand before French punctuation and are replaced by the right one.
SPACES = " \t" + NBSP + NNBSP + "\u2009\u2007"

# Pieces of text that are never changed: HTML tags, template tags, URLs.
PROTECTED = re.compile(r"<[A-Za-z/!][^<>]*>|&[A-Za-z]+;|&#x?[0-9A-Fa-f]+;|\{\{.*?\}\}|\b[a-z][a-z0-9+.-]*://\S*")


def fix_plain(text):
    """Typography of a piece of text with nothing protected in it."""
    text = text.replace("...", "\u2026")
    text = text.replace("'", "\u2019")
    text = re.sub(r"\b([Nn]°) ", "\\1" + NBSP, text)  # « N° 39 » stays on one line
    # Guillemets: one narrow no-break space inside.
    text = re.sub("\u00ab[" + SPACES + "]*", "\u00ab" + NNBSP, text)
    text = re.sub("[" + SPACES + "]*\u00bb", NNBSP + "\u00bb", text)

    def punct(m):
        spaces, mark = m.group(1), m.group(2)
        after = text[m.end():m.end() + 1]
        ends_word = after == "" or after.isspace() or after in "\u00bb)"
        if m.start() == 0 and not spaces:
            return m.group(0)  # punctuation opening the text
        if not spaces and not ends_word:
            return m.group(0)  # inside a token: 14:05, a?b, %1:%2
        if m.start() == 0:
            return m.group(0)  # only spaces before it: nothing to attach it to
        return (NBSP if mark == ":" else NNBSP) + mark

    return re.sub("([" + SPACES + "]*)([:;!?])", punct, text)


def fix_text(text):
    out, last = [], 0
    for m in PROTECTED.finditer(text):
        out.append(fix_plain_keep_context(text[last:m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(fix_plain_keep_context(text[last:]))
    return "".join(out)


def fix_plain_keep_context(piece):
    return fix_plain(piece) if piece else piece


def unescape(s):
    return (s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


def escape(s, like):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "&quot;" in like:
        s = s.replace('"', "&quot;")
    if "&apos;" in like:
        s = s.replace("'", "&apos;")
    return s


def fix_element(m):
    raw = m.group(2)
    if "<numerusform" in raw:
        return m.group(1) + re.sub(r"(<numerusform[^>]*>)(.*?)(</numerusform>)", fix_element, raw, flags=re.S) + m.group(3)
    fixed = fix_text(unescape(raw))
    if fixed == unescape(raw):
        return m.group(0)
    return m.group(1) + escape(fixed, raw) + m.group(3)


def normalise(ts):
    return re.sub(r"(<translation(?:\s[^>]*)?>)(.*?)(</translation>)", fix_element, ts, flags=re.S)


def main():
    args = [a for a in sys.argv[1:] if a != "--check"]
    check = "--check" in sys.argv[1:]
    if len(args) != 1:
        print(__doc__)
        return 2
    with open(args[0], encoding="utf-8") as f:
        before = f.read()
    after = normalise(before)
    if check:
        changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines()) if a != b]
        for a, b in changed:
            print("-", a.strip())
            print("+", b.strip())
        return 1 if changed else 0
    if after != before:
        with open(args[0], "w", encoding="utf-8") as f:
            f.write(after)
    return 0


if __name__ == "__main__":
    sys.exit(main())

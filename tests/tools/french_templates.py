#!/usr/bin/env python3
"""Puts the shipped slip templates into the project's French, in place (issue 22).

Usage: tests/tools/french_templates.py resources/templates/*

1. Wording (translations/GLOSSARY.md): « ticket » not « fiche », « click & collect » not
   « retrait sur rendez-vous » or « C&C », « SAC N° » for the bag, « Lieu de retrait », and no
   « document(s) » / « emprunté(s) »: a count {{X}} is followed by plural sections on the field
   {{X.many}} (core/print/Template: shown when the count is 2 or more, the French plural).
2. Typography, as tests/tools/french_typography.py does for the .ts: no-break spaces before
   « : ; ! ? » and inside guillemets, ’, …, and a no-break space after « N° ». Line directives
   ([center][big]…), template tags {{…}} and HTML tags are left alone.

Works line by line on phrases, so it can be run again after the templates are re-wrapped or
reformatted; running it twice changes nothing the second time. tst_translations
(templatesFollowFrenchTypography) checks the result.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from french_typography import fix_text  # noqa: E402

NBSP = "\u00a0"


def plural(field, word):
    return word + "{{#" + field + ".many}}s{{/" + field + ".many}}"


WORDING = [
    (re.compile(r"\{\{([\w.]+)\}\} document\(s\) emprunté\(s\)"),
     lambda m: "{{" + m.group(1) + "}} " + plural(m.group(1), "document") + " " + plural(m.group(1), "emprunté")),
    (re.compile(r"\{\{([\w.]+)\}\} document\(s\)"),
     lambda m: "{{" + m.group(1) + "}} " + plural(m.group(1), "document")),
    (re.compile(r"Étiquette de sac du retrait sur rendez-vous \(click & collect\)\."),
     lambda m: "Étiquette du sac d’une commande de click & collect."),
    (re.compile(r"\(retrait sur rendez-vous\)"), lambda m: "(click & collect)"),
    (re.compile(r"\bFiche de réservation, posée"), lambda m: "Ticket de réservation, posé"),
    (re.compile(r"\bFiche de (réservation|navette)"), lambda m: "Ticket de " + m.group(1)),
    (re.compile(r"RETRAIT N°"), lambda m: "SAC N°"),
    (re.compile(r"^(\[center\])Retrait :"), lambda m: m.group(1) + "Lieu de retrait :"),
    (re.compile(r"\(C&amp;C\)"), lambda m: "(click &amp; collect)"),
    (re.compile(r"N° "), lambda m: "N°" + NBSP),
]

DIRECTIVES = re.compile(r"^(\[[a-z]+\])*")


def fix_line(line):
    for pattern, replace in WORDING:
        line = pattern.sub(replace, line)
    prefix = DIRECTIVES.match(line).group(0)
    return prefix + fix_text(line[len(prefix):])


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            before = f.read()
        after = "\n".join(fix_line(line) for line in before.split("\n"))
        if after != before:
            with open(path, "w", encoding="utf-8") as f:
                f.write(after)
            print("rewritten:", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

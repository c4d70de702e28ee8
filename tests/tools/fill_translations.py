#!/usr/bin/env python3
"""Fills translations in a Qt .ts file from a JSON dictionary {source: translation}.

Usage: fill_translations.py [--overwrite] translations/comptoir_fr.ts dictionary.json
A translation may be a list for numerus forms. Only unfinished entries are filled (an entry already
translated, in another context with the same English, keeps its own words) unless --overwrite is
given (to correct a translation everywhere). Entries not in the dictionary are left as they are;
the script prints the sources still unfinished, so a translator sees what remains.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    args = sys.argv[1:]
    overwrite = "--overwrite" in args
    args = [a for a in args if a != "--overwrite"]
    ts_path, dict_path = args[0], args[1]
    with open(dict_path, encoding="utf-8") as f:
        dictionary = json.load(f)
    tree = ET.parse(ts_path)
    remaining = []
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None:
            continue
        finished = translation.get("type") != "unfinished" and (
            (translation.text or "").strip() or translation.find("numerusform") is not None)
        if source in dictionary and (overwrite or not finished):
            value = dictionary[source]
            for child in list(translation):
                translation.remove(child)
            if isinstance(value, list):
                translation.text = None
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            filled += 1
        elif translation.get("type") == "unfinished":
            remaining.append(source)
    if filled == 0:
        # Nothing to change: leave lupdate's own formatting alone.
        for source in remaining:
            print("unfinished:", source)
        return
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # Keep Qt's DOCTYPE line, which ElementTree drops.
    with open(ts_path, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        with open(ts_path, "w", encoding="utf-8") as f:
            f.write(text)
    for source in remaining:
        print("unfinished:", source)


if __name__ == "__main__":
    main()

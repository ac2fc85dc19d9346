#!/usr/bin/env python3
"""Builds LeafletTool's medical lexicon from the word files written for it (tools/medical-lexicon/words/*.txt).

The lexicon is ours: written for patient information from the real-leaflet corpus (bench/real-leaflets) and
our own knowledge, never copied or derived from GPL, LGPL or non-commercial lists. Not run at build time:
run it by hand after changing a word file, and commit what it writes.

Word files: UTF-8, one or more entries a line separated by spaces, "#" starts a comment. An entry is a word
as it is written (lower case for ordinary words, "Capitalised" for brands and names, which the spelling
check then also accepts in capitals), with brace alternatives that are expanded, nested if need be:
    colonoscop{y,ies,e,es,ic}        -> colonoscopy colonoscopies colonoscope colonoscopes colonoscopic
    {gastro,colono}scop{y,ies}       -> gastroscopy gastroscopies colonoscopy colonoscopies
    stent{,s,ed,ing}                 -> stent stents stented stenting
Every form an entry expands to must be a real word: list only the alternatives that are.

Output: src/LeafletTool.Core/Language/Data/medical-lexicon.txt.gz, one form a line, sorted, gzip without
timestamp or file name (reproducible).

Usage: python3 tools/medical-lexicon/build_medical_lexicon.py [--report] [--check-only]
"""
import argparse
import glob
import gzip
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "src", "LeafletTool.Core", "Language", "Data",
                                    "medical-lexicon.txt.gz"))
GENERAL = os.path.join(os.path.dirname(OUT), "british-english-large.txt.gz")
FORM = re.compile(r"^[A-Za-z\u00c0-\u024f]+(?:'[A-Za-z]+)?$")


def expand(entry):
    """Every form of an entry with brace alternatives, in order."""
    start = entry.find("{")
    if start < 0:
        return [entry]
    depth = 0
    for end in range(start, len(entry)):
        if entry[end] == "{":
            depth += 1
        elif entry[end] == "}":
            depth -= 1
            if depth == 0:
                break
    else:
        raise ValueError(f"unclosed brace in {entry!r}")
    inner, alternatives, depth, begin = entry[start + 1:end], [], 0, 0
    for i, c in enumerate(inner):
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == "," and depth == 0:
            alternatives.append(inner[begin:i])
            begin = i + 1
    alternatives.append(inner[begin:])
    head, tail = entry[:start], entry[end + 1:]
    return [form for alt in alternatives for form in expand(head + alt + tail)]


def read_words():
    """(form, file, line number) for every form of every word file."""
    for path in sorted(glob.glob(os.path.join(HERE, "words", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                for entry in line.split("#", 1)[0].split():
                    for form in expand(entry):
                        yield form, os.path.basename(path), number


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--report", action="store_true", help="forms per file, and how many the general list lacks")
    parser.add_argument("--check-only", action="store_true", help="check the word files, write nothing")
    args = parser.parse_args()
    forms, per_file, bad = {}, {}, []
    for form, name, number in read_words():
        if not FORM.match(form):
            bad.append(f"{name}:{number}: {form!r} is not a word form (letters, one apostrophe at most)")
            continue
        forms.setdefault(form, name)
        per_file[name] = per_file.get(name, 0) + 1
    if bad:
        print("\n".join(bad), file=sys.stderr)
        sys.exit(1)
    words = sorted(forms)
    if args.report:
        general = set()
        if os.path.exists(GENERAL):
            with gzip.open(GENERAL, "rt", encoding="utf-8") as f:
                general = {w.strip() for w in f}
        for name in sorted(per_file):
            print(f"{name:32} {per_file[name]:7}")
        new = sum(1 for w in words if w not in general and w.lower() not in general)
        print(f"{'distinct forms':32} {len(words):7}")
        print(f"{'not in wbritish-large':32} {new:7}")
    if args.check_only:
        return
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(("\n".join(words) + "\n").encode("utf-8"))
    with open(OUT, "wb") as f:
        f.write(buffer.getvalue())
    print(f"wrote {len(words)} forms to {os.path.relpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()

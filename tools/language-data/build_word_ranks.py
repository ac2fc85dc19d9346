#!/usr/bin/env python3
"""Builds the word ranks that order spelling suggestions and decide when one is clearly the word meant.

Not run at build time: run it by hand after the corpus or the word lists change, and commit what it writes.

Inputs:
  bench/real-leaflets/*.vocab.tsv   the development corpus of real leaflets (word, count, start): how many
                                    leaflets use each word (the leaflet frequency)
  leaflets/*.yaml                   the sample leaflets, counted the same way
  bench/real-leaflets/ANNOTATIONS.md  misspellings found in the corpus, which are left out
  --medium FILE                     SCOWL's size-50 British list (Debian package wbritish,
                                    /usr/share/dict/british-english), the general frequency source: SCOWL sizes
                                    are frequency classes (SCOWL licence, see THIRD-PARTY-NOTICES.md)

Output: src/LeafletTool.Core/Language/Data/word-ranks.tsv.gz, "word<TAB>leaflets<TAB>size" in lower case for
every word of the size-50 list or the corpus: leaflets = how many corpus leaflets use it, size = 50 for a word of
the size-50 list, else 70. (The size-35 list, embedded already, marks the commonest words.) Reproducible gzip.

Usage: python3 tools/language-data/build_word_ranks.py [--medium /usr/share/dict/british-english]
"""
import argparse
import glob
import gzip
import io
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(REPO, "src", "LeafletTool.Core", "Language", "Data", "word-ranks.tsv.gz")
WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")


def misspellings():
    """The misspellings ANNOTATIONS.md lists ("- Misspellings: `comonly` (commonly), ...")."""
    found = set()
    with open(os.path.join(REPO, "bench", "real-leaflets", "ANNOTATIONS.md"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("- Misspellings:"):
                found.update(w.lower() for w in re.findall(r"`([^`]+)`", line))
    return found


def corpus_leaflets():
    """The set of lower-case words of each corpus leaflet and sample leaflet."""
    for path in sorted(glob.glob(os.path.join(REPO, "bench", "real-leaflets", "*.vocab.tsv"))):
        with open(path, encoding="utf-8") as f:
            next(f)
            yield {line.split("\t", 1)[0].lower() for line in f if line.strip()}
    for path in sorted(glob.glob(os.path.join(REPO, "leaflets", "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            yield {w.lower().replace("\u2019", "'") for w in WORD.findall(f.read())}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--medium", default="/usr/share/dict/british-english")
    args = parser.parse_args()
    with open(args.medium, encoding="utf-8") as f:
        medium = {w.strip().lower() for w in f if w.strip() and "'" not in w}
    slips = misspellings()
    uses = {}
    for words in corpus_leaflets():
        for w in words:
            if w not in slips and WORD.fullmatch(w):
                uses[w] = uses.get(w, 0) + 1
    rows = sorted(medium | set(uses))
    lines = [f"{w}\t{uses.get(w, 0)}\t{50 if w in medium else 70}" for w in rows]
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    with open(OUT, "wb") as f:
        f.write(buffer.getvalue())
    print(f"wrote {len(lines)} words ({sum(1 for w in uses)} used in leaflets) to {os.path.relpath(OUT, REPO)}")


if __name__ == "__main__":
    main()

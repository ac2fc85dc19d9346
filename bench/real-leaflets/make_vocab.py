#!/usr/bin/env python3
"""Turns the stored text of each real leaflet into its vocabulary, and writes SOURCES.md, for the development
corpus (this folder) or the held-out one (bench/real-leaflets-heldout: organisations that are not in the
development corpus, kept apart so that the spelling checks can be measured on text nobody tuned them on; its
sources.tsv has one more column, licence).

    python3 bench/real-leaflets/make_vocab.py RAW_DIR                                  # this folder
    python3 bench/real-leaflets/make_vocab.py RAW_DIR --held-out bench/real-leaflets-heldout


RAW_DIR holds one plain-text file per leaflet, named <slug>.txt after the slugs in sources.tsv (the text as
stored, with only site navigation, cookie banners and a cut-off last word removed). The texts themselves are
not committed (see README.md); what is committed is, for each leaflet, <slug>.vocab.tsv: every distinct word
with its capitalisation, how often it occurs, and how often it opens a sentence, line or list item.

A word is a run of letters with inner apostrophes or hyphens ("doctor's", "self-management"), as the
spelling rules see it. A whitespace-separated chunk holding "@", "://", "www." or a dotted name ("nhs.uk") gives no
words; slashes separate words ("nerve/nerves"), and a part holding a digit (phone numbers, times, reference
numbers, "6-week") gives none.
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-\u2010\u2011][^\W\d_]+)*")
SKIP_CHUNK = re.compile(r"@|://|www\.|[^\W\d_]{2,}\.[a-z]{2,}")
DIGIT = re.compile(r"\d")
BULLET = set("•-–—|*·")
SENTENCE_END = set(".!?:;")


def words(text):
    """Yields (word, opens) for each word of the text; opens is true at the start of a sentence, line or item."""
    for line in text.splitlines():
        opens = True
        for chunk in line.split():
            if all(c in BULLET for c in chunk):
                opens = True
                continue
            pieces = [] if SKIP_CHUNK.search(chunk) else chunk.split("/")
            for piece in pieces:
                if DIGIT.search(piece):
                    continue
                for m in WORD.finditer(piece):
                    yield m.group(0), opens
                    opens = False
            stripped = chunk.rstrip("\"'’”)]")
            if stripped and stripped[-1] in SENTENCE_END:
                opens = True


def main():
    args = sys.argv[1:]
    if len(args) not in (1, 3) or (len(args) == 3 and args[1] != "--held-out"):
        print("usage: make_vocab.py RAW_DIR [--held-out CORPUS_DIR]", file=sys.stderr)
        return 2
    raw = Path(args[0])
    folder, held_out = (Path(args[2]), True) if len(args) == 3 else (HERE, False)
    with open(folder / "sources.tsv", encoding="utf-8") as f:
        sources = list(csv.DictReader(f, delimiter="\t"))
    rows = []
    for s in sources:
        text = (raw / f"{s['slug']}.txt").read_text(encoding="utf-8")
        counts, starts = {}, {}
        total = 0
        for w, opens in words(text):
            total += 1
            counts[w] = counts.get(w, 0) + 1
            starts[w] = starts.get(w, 0) + (1 if opens else 0)
        with open(folder / f"{s['slug']}.vocab.tsv", "w", encoding="utf-8", newline="\n") as out:
            out.write("word\tcount\tstart\n")
            for w in sorted(counts, key=lambda w: (w.lower(), w)):
                out.write(f"{w}\t{counts[w]}\t{starts[w]}\n")
        rows.append((s, total, len(counts)))
    write_sources(rows, folder, held_out)
    orgs = {s["organisation"] for s, _, _ in rows}
    print(f"{len(rows)} leaflets, {len(orgs)} organisations, {sum(t for _, t, _ in rows)} words")
    return 0


def write_sources(rows, folder, held_out):
    orgs = {s["organisation"] for s, _, _ in rows}
    specialties = {s["specialty"] for s, _, _ in rows}
    total = sum(t for _, t, _ in rows)
    lines = [
        "# Sources of the held-out real-leaflet corpus" if held_out else "# Sources of the real-leaflet corpus",
        "",
        f"{len(rows)} leaflets from {len(orgs)} organisations, {len(specialties)} specialties, {total:,} words.",
        "All retrieved 2026-12-05 from the stored public web pages of the `search` tool (corpus `pages`); the "
        "stored copy of a page often holds only its opening, so a leaflet here may stop mid-section.",
        "",
    ]
    if held_out:
        lines += [
            "None of these organisations is in the development corpus (bench/real-leaflets/sources.tsv): this "
            "folder is for measuring only; do not add its words to any word list or tune a rule on it.",
            "",
        ]
    lines += [
        "Licence: each text is the copyright of the organisation named (© the organisation). None of the stored "
        "copies states an open licence (such as the Open Government Licence), so only each leaflet's vocabulary "
        "is committed (`<file>.vocab.tsv`), never its text; see README.md."
        + (" The licence column says so per leaflet." if held_out else ""),
        "",
    ]
    licence = " licence |" if held_out else ""
    lines += [
        f"| file | organisation | title | specialty | address |{licence} retrieved | words | distinct |",
        "|---|---|---|---|---|---|---|---|" + ("---|" if held_out else ""),
    ]
    for s, t, d in rows:
        title = s["title"].replace("|", "\\|")
        own = f"| {s['licence']} " if held_out else ""
        lines.append(
            f"| {s['slug']}.vocab.tsv | {s['organisation']} | {title} | {s['specialty']} | <{s['address']}> "
            f"{own}| 2026-12-05 | {t} | {d} |")
    (folder / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

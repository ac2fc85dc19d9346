#!/usr/bin/env python3
"""Import accuracy on a folder of real leaflets as text (the raw texts are not committed: no open licence).

Usage: measure.py SOURCE_FOLDER [--raw RAW_FOLDER] [--truth TRUTH_FOLDER] [--leaflet "dotnet path/to/leaflet.dll"]

Imports every source in SOURCE_FOLDER (.txt, or .docx/.pdf/.html made by make_formats.py from RAW_FOLDER's texts) with `leaflet import --format json` into a temporary folder, then for each source:
  - words: every word of every line of the source must be in the YAML, in the line's order (lines that are only a
    reference or a date are checked for the reference as written; dates are rewritten as YYYY-MM);
  - what the text states, found with patterns independent of the importer: a reference number, a published date,
    a review date and UK phone numbers; each counts as picked up when the YAML has it (the reference as written,
    the date filled in, the phone's digits in a contact).
With --truth (make_formats.py's truth folder), also:
  - headings: each heading the text states is a section heading (or the title) in the YAML; and, counted apart,
    a section heading or a bold lead-in paragraph ("**Sub-heading**", how the importer keeps a sub-heading);
  - list items: each list item the text states is an item of `bullets` or `steps`.
Prints one line per source and the totals.
"""
import argparse, glob, json, os, re, subprocess, sys, tempfile
import yaml as yamllib

WORD = re.compile(r"[^\W_]+", re.UNICODE)
BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·\-\*–]|\d{1,2}[.)])\s+")
REF = re.compile(r"\b(?:resource|reference|leaflet|pil|document)\s*(?:number|no\.?|code)\s*[:\-]?\s*([A-Z0-9][\w/\-.]*\d[\w/\-.]*)",
                 re.I)
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
DATE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}"
PUB = re.compile(rf"\b(?:date published|published|date issued|issue date|date of issue|last updated|updated|produced)\s*:?\s*(?:on\s+)?({DATE})", re.I)
REV = re.compile(rf"\b(?:review date|for review|review due|next review(?: date)?|to be reviewed(?: by)?|date of review)\s*:?\s*(?:by\s+)?({DATE})", re.I)
PHONE = re.compile(r"(?<![\d/])(?:\+44\s?\(0\)\s?|\+44\s?|\(0\d{2,4}\)\s?|0)\d[\d \-]{6,12}\d(?![\d/])")


def words(text):
    return [w.lower() for w in WORD.findall(text.replace("''", "'"))]


def lost_lines(raw, yaml):
    stream = words(yaml)
    lost = []
    for line in raw.splitlines():
        line = BULLET.sub("", line).strip()
        if not line or re.fullmatch(r"contact(?:s| us| details)?", line, re.I):
            continue
        if (PUB.search(line) or REV.search(line) or REF.search(line)) and len(line) < 120:
            meta = [m.group(1) for m in REF.finditer(line)]
            rest = REV.sub("", PUB.sub("", REF.sub("", line)))
            if not re.search(r"[A-Za-z]{3,}", rest):
                line = " ".join(meta)
        at = 0
        for w in words(line):
            while at < len(stream) and stream[at] != w:
                at += 1
            if at == len(stream):
                lost.append(line[:80])
                break
            at += 1
    return lost


def phones(text):
    out = []
    for m in PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if digits.startswith("44"):
            digits = "0" + digits[2:].lstrip("0")
        if len(digits) in (10, 11) and digits not in out:
            out.append(digits)
    return out


def plain(text):
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", str(text or ""))
    return " ".join(text.replace("**", "").split()).lower()


def structure(yaml_text):
    """The headings (and title), the bold lead-in paragraphs (a sub-heading in a format with one level of
    sections) and the list items of an imported leaflet."""
    doc = yamllib.safe_load(yaml_text) or {}
    headings, items, leads = {plain(doc.get("title"))}, set(), set()

    def walk(sections):
        for section in sections or []:
            headings.add(plain(section.get("heading")))
            for block in section.get("body") or []:
                if isinstance(block, str) and re.fullmatch(r"\*\*[^*]+\*\*", block.strip()):
                    leads.add(plain(block))
                if isinstance(block, dict):
                    for key in ("bullets", "steps"):
                        items.update(plain(i) for i in block.get(key) or [])
            walk(section.get("sections"))
    walk(doc.get("sections"))
    return headings, items, leads


def main():
    args = argparse.ArgumentParser(usage=__doc__)
    args.add_argument("folder")
    args.add_argument("--raw")
    args.add_argument("--truth")
    args.add_argument("--leaflet")
    opts = args.parse_args()
    folder = opts.folder
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    leaflet = opts.leaflet.split() if opts.leaflet else None
    if leaflet is None:
        dlls = glob.glob(os.path.join(root, "src/LeafletTool.Cli/bin/*/net10.0/leaflet.dll"))
        if not dlls:
            sys.exit("build the CLI first: dotnet build src/LeafletTool.Cli")
        leaflet = ["dotnet", max(dlls, key=os.path.getmtime)]
    out = tempfile.mkdtemp(prefix="import-accuracy-")
    run = subprocess.run(leaflet + ["import", folder, "--out-dir", out, "--format", "json"], capture_output=True,
                         text=True)
    report = json.loads(run.stdout)
    totals = {k: [0, 0] for k in ("reference", "published", "review", "phone", "heading",
                                  "heading or bold lead-in", "list item")}
    words_ok = titles_ok = 0
    for item in report["imported"]:
        stem = os.path.splitext(os.path.basename(item["source"]))[0]
        raw_path = os.path.join(opts.raw, stem + ".txt") if opts.raw else item["source"]
        raw = open(raw_path, encoding="utf-8-sig").read()
        yaml = open(item["file"], encoding="utf-8").read()
        lost = lost_lines(raw, yaml)
        words_ok += not lost
        titles_ok += len(item["title"] or "") <= 120
        marks = []
        ref = REF.search(raw)
        if ref:
            totals["reference"][1] += 1
            hit = item["resource_number"] == ref.group(1).rstrip(".")
            totals["reference"][0] += hit
            marks.append(f"ref {'ok' if hit else 'MISSED ' + ref.group(1)}")
        for key, pattern in (("published", PUB), ("review", REV)):
            if pattern.search(raw):
                totals[key][1] += 1
                hit = bool(item[key])
                totals[key][0] += hit
                marks.append(f"{key} {'ok' if hit else 'MISSED ' + pattern.search(raw).group(0)}")
        contact_digits = "\n".join(re.sub(r"\D", "", l) for l in yaml.splitlines() if l.strip().startswith("phone:"))
        for p in phones(raw):
            totals["phone"][1] += 1
            hit = p in contact_digits.splitlines()
            totals["phone"][0] += hit
            if not hit:
                marks.append(f"phone MISSED {p}")
        if opts.truth:
            truth = json.load(open(os.path.join(opts.truth, stem + ".json"), encoding="utf-8"))
            headings, items, leads = structure(yaml)
            for key, stated, found in (("heading", truth["headings"], headings),
                                       ("heading or bold lead-in", truth["headings"], headings | leads),
                                       ("list item", truth["items"], items)):
                missed = [t for t in stated if plain(t) not in found]
                totals[key][0] += len(stated) - len(missed)
                totals[key][1] += len(stated)
                if missed and key != "heading":
                    marks.append(f"{len(missed)} {key}(s) missed: " + "; ".join(repr(m[:50]) for m in missed))
        name = os.path.basename(item["source"])
        print(f"{name}: {'all words kept' if not lost else f'{len(lost)} line(s) lost, first: {lost[0]!r}'}; "
              + "; ".join(marks))
    for failed in report["failed"]:
        print(f"{os.path.basename(failed['source'])}: FAILED {failed['message']}")
    n = len(report["imported"])
    print(f"\nsources: {n} imported, {len(report['failed'])} failed; every word kept: {words_ok}/{n}; "
          f"title <= 120 characters: {titles_ok}/{n}")
    for key, (hit, stated) in totals.items():
        share = f"{100 * hit / stated:.0f}%" if stated else "n/a"
        print(f"{key}: {hit}/{stated} stated picked up ({share})")
    print(f"reference formats: {report.get('reference_formats')}; pattern: {report.get('resource_number_pattern')}")


main()

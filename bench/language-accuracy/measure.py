#!/usr/bin/env python3
"""Language accuracy of `leaflet validate` against cspell on the real-leaflet corpus (issue 14, item 2).

Usage: measure.py CORPUS_DIR WORK_DIR LEAFLET_BIN [CSPELL_DIR]
Writes leaflets and .txt copies under WORK_DIR, runs both checkers, prints a Markdown table and writes
WORK_DIR/results.md. See docs/language-accuracy.md.
"""
import glob, gzip, json, os, random, re, subprocess, sys
from collections import Counter, defaultdict

WORD_RULES = {"spelling", "spelling-inconsistent", "american-spelling"}
FILLER = {"please", "read", "this", "about", "today", "is", "here"}
SEED, TYPOS_PER_KIND = 14, 50
KINDS = ["deletion", "swap", "substitution", "doubling"]
WORD_RE = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['\u2019-][A-Za-z\u00C0-\u024F]+)*")


def inside(w):
    return f"Please read this about {w} today."


def opening(w):
    return f"{w} is here."


def load_corpus(corpus):
    leaflets = {}
    for path in sorted(glob.glob(os.path.join(corpus, "*.vocab.tsv"))):
        slug = os.path.basename(path)[: -len(".vocab.tsv")]
        rows = []
        with open(path, encoding="utf-8") as f:
            next(f)
            for line in f:
                word, count, start = line.rstrip("\n").split("\t")
                rows.append((word, int(count), int(start)))
        leaflets[slug] = rows
    return leaflets


def load_misspellings(corpus):
    """ANNOTATIONS.md: {slug: {word: meant}} for the genuine misspellings."""
    result, slug = {}, None
    for line in open(os.path.join(corpus, "ANNOTATIONS.md"), encoding="utf-8"):
        m = re.match(r"## (\S+--\S+)", line)
        if m:
            slug = m.group(1)
            result[slug] = {}
        elif slug and line.startswith("- Misspellings:"):
            for word, meant in re.findall(r"`([^`]+)` \(([^)]+)\)", line):
                result[slug][word] = meant
    return result


def load_american(corpus):
    """ANNOTATIONS.md: {slug: {word}} for American spellings in a British leaflet: words the checkers may rightly
    flag (american-spelling), so a finding on one is not a false alarm; not counted as misspellings."""
    result, slug = {}, None
    for line in open(os.path.join(corpus, "ANNOTATIONS.md"), encoding="utf-8"):
        m = re.match(r"## (\S+--\S+)", line)
        if m:
            slug = m.group(1)
        elif slug and line.startswith("- American spellings:"):
            result.setdefault(slug, set()).update(re.findall(r"`([^`]+)`", line))
    return result


def sentences(rows, plant=None):
    """One sentence per occurrence; plant = {word: [typo, ...]} replaces inside occurrences."""
    out, plant = [], {k: list(v) for k, v in (plant or {}).items()}
    for word, count, start in rows:
        for i in range(count):
            if i < start:
                out.append(opening(word))
            elif plant.get(word):
                out.append(inside(plant[word].pop()))
            else:
                out.append(inside(word))
    return out


def write_leaflet(folder, slug, sents):
    """Returns {line_number: [sentence words with 1-based columns]} for locating findings."""
    lines = ["title: \"Information for patients\"", "resource_number: \"5373/VER1\"",
             "published: \"2025-06\"", "review: \"2027-06\"", "owner: \"Patient information team\"",
             "sections:", "  - heading: \"About this leaflet\"", "    body:"]
    located, text = {}, []
    for i in range(0, len(sents), 6):
        para = " ".join(sents[i:i + 6])
        prefix = "      - \""
        located[len(lines) + 1] = [(m.start() + len(prefix) + 1, m.group()) for m in WORD_RE.finditer(para)]
        lines.append(prefix + para.replace("\\", "\\\\").replace('"', '\\"') + "\"")
        text.append(para)
    lines += ["contacts:", "  - name: \"Patient information team\"", "    phone: \"020 7188 4714\""]
    with open(os.path.join(folder, slug + ".yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(folder, slug + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(text) + "\n")
    return located


def known_words(src):
    """The tool's embedded word lists, lower-cased: a planted typo must be in none of them."""
    words = set()
    for pattern in ("*.txt*", "*.tsv*"):
        for path in glob.glob(os.path.join(src, "LeafletTool.Core", "**", pattern), recursive=True):
            opener = gzip.open if path.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8") as f:
                words.update(w.lower() for line in f for w in line.split())
    return words


def mutate(word, kind, rng):
    i = rng.randrange(len(word) - 1 if kind == "swap" else len(word))
    if kind == "deletion":
        return word[:i] + word[i + 1:]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "doubling":
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice([c for c in "abcdefghijklmnopqrstuvwxyz" if c != word[i]]) + word[i + 1:]


def plant_typos(corpus, misspelt, known):
    """Deterministic: TYPOS_PER_KIND of each kind, in lower-case words of 5+ letters with an inside occurrence."""
    pool = sorted((slug, w) for slug, rows in corpus.items() for w, count, start in rows
                  if re.fullmatch(r"[a-z]{5,}", w) and count > start and w not in misspelt.get(slug, {}))
    rng, used, typos = random.Random(SEED), set(), []
    for kind in KINDS:
        order = pool[:]
        rng.shuffle(order)
        made = 0
        for slug, word in order:
            if made == TYPOS_PER_KIND:
                break
            typo = mutate(word, kind, rng)
            if (slug, word) in used or typo == word or typo in known or typo in {t for _, _, t, _ in typos}:
                continue
            used.add((slug, word))
            typos.append((slug, word, typo, kind))
            made += 1
    return typos


def run_tool(binary, folder, located):
    """[(slug, word, first suggestion, fix)] for the word rules' findings; the fix is JSON `suggestion`."""
    proc = subprocess.run([binary, "validate", folder, "--format", "json"], capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"leaflet validate exited {proc.returncode}: {proc.stderr.strip()}")
    found = []
    for d in json.loads(proc.stdout)["diagnostics"]:
        if d["rule"] not in WORD_RULES:
            continue
        slug = os.path.basename(d["file"])[:-5]
        words = [w for col, w in located[slug].get(d["line"], []) if col == d["column"]]
        word = words[0] if words else re.match(r'"([^"]+)"', d["message"]).group(1)
        found.append((slug, word, d.get("suggestion"), d.get("suggestion")))
    return found


CSPELL_LINE = re.compile(r"^(.*)\.txt:\d+:\d+ - Unknown word \((.+?)\)(?: Suggestions: \[(.*)\])?")


def run_cspell(cspell_dir, folder):
    """As run_tool; cspell marks with * a suggestion it would apply as a fix (a preferred one)."""
    cmd = ["npx", "--prefix", cspell_dir, "cspell", "--config", os.path.join(cspell_dir, "cspell.json"),
           "--no-progress", "--no-summary", "--no-color", "--show-suggestions"]
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(folder, "*.txt")))
    proc = subprocess.run(cmd + files, capture_output=True, text=True, cwd=folder)  # cspell skips files outside cwd
    found = []
    for line in proc.stdout.splitlines():
        m = CSPELL_LINE.match(line)
        if m:
            sugg = [s.strip() for s in (m.group(3) or "").split(",") if s.strip()]
            fix = next((x[:-1] for x in sugg if x.endswith("*")), None)
            found.append((m.group(1), m.group(2), sugg[0].rstrip("*") if sugg else None, fix))
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and not found):
        sys.exit(f"cspell failed ({proc.returncode}): {proc.stderr.strip()[:500]}")
    return found


def score(name, clean, typo_found, corpus, misspelt, typos, total, american):
    """The four figures for one checker, and its false alarms as {word: occurrences}."""
    for slug, word, _, _ in clean + typo_found:
        assert word.lower() not in FILLER, f"{name} flagged the filler word {word!r} in {slug}"
    american_found = {(s, w) for s, w, _, _ in clean if w in american.get(s, set())}
    false = [(s, w, fix) for s, w, _, fix in clean
             if w not in misspelt.get(s, {}) and w not in american.get(s, set())]
    alarms = Counter(w for _, w, _ in false)
    fixed = Counter(w for _, w, fix in false if fix)
    slips = {(s, w) for s, words in misspelt.items() for w in words}
    caught = slips & {(s, w) for s, w, _, _ in clean}
    by_typo = defaultdict(list)
    for slug, word, sug, _ in typo_found:
        by_typo[(slug, word)].append(sug)
    hits = [t for t in typos if (t[0], t[2]) in by_typo]
    right = [t for t in hits if any(s == t[1] for s in by_typo[(t[0], t[2])][:1])]
    missed = [t for t in typos if (t[0], t[2]) not in by_typo]
    return {"name": name, "per_1000": 1000 * len(false) / total, "false": len(false), "alarms": alarms,
            "fixed": fixed, "slips": f"{len(caught)} of {len(slips)}", "recall": len(hits), "right": len(right),
            "american": f"{len(american_found)} of {sum(len(v) for v in american.values())}",
            "missed": missed, "wrong_fix": [(t, by_typo[(t[0], t[2])][0]) for t in hits if t not in right]}


def report(results, total, n_typos, date, machine):
    pct = lambda n: f"{n} of {n_typos} ({100 * n / n_typos:.1f}%)"
    rows = [("False alarms per 1,000 corpus words", lambda r: f"{r['per_1000']:.2f} ({r['false']} of {total})",
             "at most 1, and at most half of cspell's"),
            ("Distinct correct words flagged", lambda r: str(len(r["alarms"])), ""),
            ("Annotated real misspellings caught", lambda r: r["slips"], "all"),
            ("Annotated American spellings flagged (not false alarms)", lambda r: r["american"], ""),
            ("Recall on planted typos", lambda r: pct(r["recall"]), "at least 97%"),
            ("First suggestion is the original word", lambda r: pct(r["right"]), "at least 90%"),
            ("Correct words given a fix (occurrences)",
             lambda r: f"{len(r['fixed'])} ({sum(r['fixed'].values())})", "never")]
    out = [f"Measured {date} on {machine}.", "",
           "| measure | " + " | ".join(r["name"] for r in results) + " | target (issue 14) |",
           "|---|" + "---|" * len(results) + "---|"]
    out += [f"| {label} | " + " | ".join(f(r) for r in results) + f" | {target} |" for label, f, target in rows]
    for r in results:
        top = ", ".join(f"{w} ×{n}" for w, n in sorted(r["alarms"].items(), key=lambda x: (-x[1], x[0].lower())))
        out += ["", f"**{r['name']}: correct words flagged** (occurrences): {top or 'none'}"]
        if r["fixed"]:
            out += ["", f"**{r['name']}: correct words given a suggestion**: "
                    + ", ".join(f"{w} ×{n}" for w, n in sorted(r["fixed"].items(), key=lambda x: (-x[1], x[0])))]
        out += ["", f"**{r['name']}: planted typos missed**: "
                + (", ".join(f"{t[2]} ({t[1]})" for t in r["missed"]) or "none")]
        out += ["", f"**{r['name']}: first suggestion not the original**: "
                + (", ".join(f"{t[2]} → {s or '(none)'} ({t[1]})" for t, s in r["wrong_fix"]) or "none")]
    return "\n".join(out) + "\n"


def main(corpus_dir, work, binary, cspell_dir=None):
    corpus, misspelt = load_corpus(corpus_dir), load_misspellings(corpus_dir)
    american = load_american(corpus_dir)
    total = sum(count for rows in corpus.values() for _, count, _ in rows)
    known = known_words(os.path.join(os.path.dirname(__file__), "..", "..", "src"))
    known |= {w.lower() for rows in corpus.values() for w, _, _ in rows}
    typos = plant_typos(corpus, misspelt, known)
    folders = {k: os.path.join(work, k) for k in ("clean", "typos")}
    located = {k: {} for k in folders}
    for k, folder in folders.items():
        os.makedirs(folder, exist_ok=True)
        for slug, rows in corpus.items():
            plant = defaultdict(list)
            for s, w, t, _ in typos:
                if k == "typos" and s == slug:
                    plant[w].append(t)
            located[k][slug] = write_leaflet(folder, slug, sentences(rows, plant))
    results = [score("LeafletTool", run_tool(binary, folders["clean"], located["clean"]),
                     run_tool(binary, folders["typos"], located["typos"]), corpus, misspelt, typos, total, american)]
    if cspell_dir:
        results.append(score("cspell", run_cspell(cspell_dir, folders["clean"]),
                             run_cspell(cspell_dir, folders["typos"]), corpus, misspelt, typos, total, american))
    machine = os.environ.get("MACHINE") or f"{os.uname().sysname} {os.uname().machine}, {os.cpu_count()} cores"
    text = report(results, total, len(typos), os.environ.get("DATE", "today"), machine)
    with open(os.path.join(work, "results.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main(*sys.argv[1:])

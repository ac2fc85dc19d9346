#!/usr/bin/env python3
"""Builds the word lists that LeafletTool.Core embeds for its language rules.

Not run at build time: run it by hand after changing a word list, and commit what it writes.

Inputs (Debian packages, SCOWL word lists under the SCOWL licence, see THIRD-PARTY-NOTICES.md):
  wbritish-large  /usr/share/dict/british-english-large   the general British English dictionary
  wbritish-small  /usr/share/dict/british-english-small   its most common words (ranks suggestions)
  wamerican-large /usr/share/dict/american-english-large  only used to find American-only spellings

  SCOWL's Hunspell en_GB-ise dictionary (SCOWL 2020.12.07, size 60, "mk-list --accents=strip en_GB-ise 60"),
                  as the npm package dictionary-en-gb 3.0.0, licence "(MIT AND BSD)": the SCOWL licence for
                  the words, Geoff Kuenning's Ispell BSD licence for the affix file. Install it in a scratch
                  folder (npm install dictionary-en-gb@3.0.0) and pass its folder as --en-gb-hunspell; it is
                  expanded through its affix rules by `unmunch` (Debian package hunspell-tools).
                  NOT Debian's hunspell-en-gb: that is LibreOffice's en_GB (Marco Pinto and others), whose
                  README and affix file say LGPL, and the project takes no LGPL word list.

Outputs (src/LeafletTool.Core/Language/Data/, gzip, reproducible: no timestamp, no file name):
  british-english-large.txt.gz   the wbritish-large list, unchanged
  british-english-small.txt.gz   the wbritish-small list, unchanged
  american-british.tsv.gz        "american<TAB>british" for every lower-case word in the American
                                 list but not the British one whose British twin (found by the
                                 known spelling patterns below) is in the British list
  en-gb-hunspell-extra.txt.gz    the expanded Hunspell en_GB-ise forms that wbritish-large lacks (mostly
                                 forms wbritish-large has only with accents: "attaches" beside "attachés",
                                 "cafe", "cliche", "fiance"): clean word forms only (letters and at most
                                 one apostrophe), case as the .dic gives it, no American spelling with a
                                 British twin (a key of american-british.tsv), sorted

Usage: python3 tools/language-data/build_language_data.py [--dict-dir /usr/share/dict] [--report]
       [--en-gb-hunspell DIR (holding index.dic and index.aff)]
"""
import argparse
import gzip
import io
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "src", "LeafletTool.Core", "Language", "Data"))

# Whole-word respellings that no pattern finds.
IRREGULAR = {
    "gray": "grey", "grays": "greys", "grayer": "greyer", "grayest": "greyest", "grayish": "greyish",
    "plow": "plough", "plows": "ploughs", "plowed": "ploughed", "plowing": "ploughing",
    "pajamas": "pyjamas", "aluminum": "aluminium", "ax": "axe", "mustache": "moustache",
    "mustaches": "moustaches", "cozy": "cosy", "cozier": "cosier", "coziest": "cosiest",
    "coziness": "cosiness", "artifact": "artefact", "artifacts": "artefacts",
    "skeptic": "sceptic", "skeptical": "sceptical", "skepticism": "scepticism",
    "jewelry": "jewellery", "curb": "kerb", "curbs": "kerbs", "tire": None, "check": None,
    "maneuver": "manoeuvre", "maneuvers": "manoeuvres", "maneuvered": "manoeuvred",
    "maneuvering": "manoeuvring", "maneuverable": "manoeuvrable",
    "mold": "mould", "molds": "moulds", "moldy": "mouldy", "molding": "moulding", "molded": "moulded",
    "smolder": "smoulder", "smoldering": "smouldering", "smoldered": "smouldered",
    "program": None, "programs": None, "catalog": "catalogue", "catalogs": "catalogues",
    "analog": "analogue", "dialog": None, "fetus": None, "fetal": "foetal",
    "cesarean": "caesarean", "orthopedic": "orthopaedic", "orthopedics": "orthopaedics",
    "leukemia": "leukaemia", "anemia": "anaemia", "anemic": "anaemic", "ischemia": "ischaemia",
    "ischemic": "ischaemic", "hematoma": "haematoma", "hemophilia": "haemophilia",
    "gynecology": "gynaecology", "gynecologist": "gynaecologist", "gynecological": "gynaecological",
    "tumor": "tumour", "tumors": "tumours", "estrogen": "oestrogen", "esophagus": "oesophagus",
    "esophageal": "oesophageal", "diarrhea": "diarrhoea", "hemorrhage": "haemorrhage",
    "hemorrhoids": "haemorrhoids", "edema": "oedema", "pediatric": "paediatric",
    "pediatrics": "paediatrics", "pediatrician": "paediatrician", "anesthetic": "anaesthetic",
    "anesthetics": "anaesthetics", "anesthetist": "anaesthetist", "anesthesia": "anaesthesia",
    "anesthesiologist": "anaesthetist", "color": "colour", "center": "centre",
}

VOWELS = "aeiouy"

# What may follow -or when it becomes -our: colours, coloured, colourful, favourite, behavioural, humourless.
OR_ENDINGS = {"", "s", "ed", "ing", "ings", "er", "ers", "ful", "fully", "fulness", "less", "lessly",
              "lessness", "able", "ably", "ableness", "ite", "ites", "itism", "al", "ally", "ism", "ist",
              "ists", "istic", "ed", "ee", "ees", "y", "ier", "iest", "ily", "iness", "ies", "ific", "ish",
              "hood", "hoods", "liness", "ly", "ship", "ships", "age", "ages", "way", "ways", "fast",
              "fastness", "blind", "blindness", "ant", "ants", "cast", "casts", "casting", "ously", "ousness",
              "monger", "mongers", "maid", "imeter", "some", "saving", "eds"}

# Stems respelt as a whole wherever they occur in an American-only word.
STEMS = [("mold", "mould"), ("molt", "moult"), ("plow", "plough"), ("gray", "grey"), ("draft", "draught"),
         ("sulf", "sulph"), ("practic", "practis"), ("skeptic", "sceptic"), ("check", "cheque"),
         ("kidnap", "kidnapp"), ("worship", "worshipp"), ("catalog", "catalogu"), ("cozi", "cosi"),
         ("pajama", "pyjama"), ("mollusk", "mollusc"), ("licorice", "liquorice"), ("flutist", "flautist"),
         ("omelet", "omelette"), ("ruble", "rouble"), ("livable", "liveable"), ("salable", "saleable"),
         ("glycerin", "glycerine"), ("dentin", "dentine"), ("fontanel", "fontanelle"),
         ("airplane", "aeroplane"), ("airfoil", "aerofoil"), ("donut", "doughnut"), ("tidbit", "titbit"),
         ("behoove", "behove"), ("epaulet", "epaulette"), ("goodby", "goodbye"),
         ("mom", "mum"), ("math", "maths"), ("ax", "axe"), ("furor", "furore"), ("gage", "gauge"),
         ("vender", "vendor"), ("sirup", "syrup"), ("organdy", "organdie"), ("cigaret", "cigarette"), ("paleo", "palaeo"), ("archeo", "archaeo"), ("myxed", "myxoed"),
         ("cancela", "cancella")]

# American forms to leave alone although their British twin is in the list: both are used in British
# medical writing ("specialty" is the NHS word for a medical speciality), or the pair is two words.
KEEP = {"specialty", "specialties", "subspecialty", "afterward", "naught", "naughts", "descendents"}


def candidates(word):
    """British spellings a word could have, by one pattern or two."""
    first = set(one_step(word))
    result = set(first)
    for c in first:
        result.update(one_step(c))
    result.discard(word)
    return result


def one_step(w):
    """Every British form one spelling pattern makes of an American word (most are not words: the caller keeps those in the British list)."""
    out = []
    # -ize/-yze and their forms -> -ise/-yse (organise, analyse, organisation)
    for a, b in (("iz", "is"), ("yz", "ys")):
        for i in positions(w, a):
            out.append(w[:i] + b + w[i + 2:])
    # -or -> -our at the end of a stem of 2+ letters (colour, odour, behaviour, labourer, favourite)
    for i in positions(w, "or"):
        if i >= 2 and w[i + 2:] in OR_ENDINGS:
            out.append(w[:i] + "our" + w[i + 2:])
    # -er -> -re after t, b, g, h or v (centre, fibre, meagre, ochre, manoeuvre), also in compounds (centrepiece)
    for i in positions(w, "er"):
        if i >= 3 and w[i - 1] in "tbghv":
            rest = w[i + 2:]
            if rest in ("", "s"):
                out.append(w[:i] + "re" + rest)
            elif rest in ("ed", "ing", "ings") or rest[:1] == "a":
                out.append(w[:i] + "r" + rest)
            elif rest[:1] not in ("e", "i", "y"):
                out.append(w[:i] + "re" + rest)
    # e -> ae inside a word, between consonants (anaesthetic, haemorrhage, paediatric, leukaemia, faeces),
    # or at the start before s, t or g (aesthetic, aetiology, aegis)
    if len(w) >= 5:
        for i, ch in enumerate(w[:-1]):
            if ch != "e" or w[i + 1] in VOWELS:
                continue
            if (i == 0 and w[1] in "stg") or (i > 0 and w[i - 1] not in VOWELS):
                out.append(w[:i] + "ae" + w[i + 1:])
    # e -> oe in the Greek forms British English keeps (oedema, oesophagus, oestrogen, diarrhoea, apnoea,
    # coeliac, amoeba, foetal)
    for prefix in ("ed", "es", "en"):
        if w.startswith(prefix):
            out.append("o" + w)
    for inner in ("rrhe", "pne", "cel", "meb", "fet", "cen", "ole"):
        for i in positions(w, inner):
            j = i + inner.index("e")
            out.append(w[:j] + "oe" + w[j + 1:])
    # -ense -> -ence (defence, offence, pretence)
    for i in positions(w, "ense"):
        out.append(w[:i] + "ence" + w[i + 4:])
    # -og -> -ogue (catalogue, analogue, prologue, catalogued)
    for i in positions(w, "og"):
        rest = w[i + 2:]
        if rest in ("", "s"):
            out.append(w[:i] + "ogue" + rest)
        elif rest in ("ed", "ing", "er", "ers"):
            out.append(w[:i] + "ogu" + rest)
    # single l -> ll before e, i or o (travelled, cancelling, counsellor, marvellous)
    # and ll -> l before m or f or at the end (enrolment, fulfil, skilful)
    for i, ch in enumerate(w[:-1]):
        if ch == "l" and i > 0 and w[i - 1] != "l" and w[i + 1] in "eio":
            out.append(w[:i] + "ll" + w[i + 1:])
    for i in positions(w, "ll"):
        if i > 0 and w[i + 2:i + 3] in ("", "m", "f", "s"):
            out.append(w[:i] + w[i + 1:])
    # judgement, acknowledgement; ageing, bingeing; likeable
    for a, b in (("gment", "gement"), ("ging", "geing"), ("kable", "keable")):
        for i in positions(w, a):
            out.append(w[:i] + b + w[i + len(a):])
    # whole stems that are respelt
    for a, b in STEMS:
        for i in positions(w, a):
            out.append(w[:i] + b + w[i + len(a):])
    return out


def positions(word, part):
    i = word.find(part)
    while i != -1:
        yield i
        i = word.find(part, i + 1)


def hunspell_forms(folder):
    """Every form the Hunspell dictionary in the folder spells, its words expanded through the affix rules."""
    dic, aff = os.path.join(folder, "index.dic"), os.path.join(folder, "index.aff")
    out = subprocess.run(["unmunch", dic, aff], check=True, capture_output=True).stdout
    # unmunch prints the forms one a line on stdout (its parse log goes to stderr); the .dic has a byte order mark
    return {line.strip().lstrip("\ufeff") for line in out.decode("utf-8").splitlines() if line.strip()}


def is_clean(word):
    """Letters and at most one apostrophe, not at the start: no digits, hyphens, dots or spaces."""
    return word.count("'") <= 1 and not word.startswith("'") and word.replace("'", "").isalpha()


def extra_forms(folder, british, pairs):
    """The Hunspell forms the British list lacks; with counts of what was dropped, and of -ize forms."""
    forms = hunspell_forms(folder)
    extra, dropped = [], {"in the large list": 0, "not a clean word form": 0, "American with a British twin": 0}
    ize = {"kept": 0, "dropped": 0}
    for word in sorted(forms):
        if word in british:
            dropped["in the large list"] += 1
            continue
        if not is_clean(word):
            dropped["not a clean word form"] += 1
            continue
        american = word.lower() in pairs
        if "iz" in word.lower() or "yz" in word.lower():
            ize["dropped" if american else "kept"] += 1
        if american:
            dropped["American with a British twin"] += 1
            continue
        extra.append(word)
    return len(forms), extra, dropped, ize


def read_words(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def write_gz(path, text):
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    with open(path, "wb") as f:
        f.write(buffer.getvalue())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dict-dir", default="/usr/share/dict")
    parser.add_argument("--report", action="store_true", help="print the pairs and the words left unmapped")
    parser.add_argument("--en-gb-hunspell", help="folder of the npm package dictionary-en-gb (index.dic, index.aff)")
    args = parser.parse_args()

    large = read_words(os.path.join(args.dict_dir, "british-english-large"))
    small = read_words(os.path.join(args.dict_dir, "british-english-small"))
    american = read_words(os.path.join(args.dict_dir, "american-english-large"))
    british = set(large)

    pairs = {}
    unmapped = []
    for word in sorted(set(american) - british):
        if not word.islower() or not word.isalpha():
            continue
        if word in KEEP:
            continue
        if word in IRREGULAR:
            target = IRREGULAR[word]
            if target is not None and target in british:
                pairs[word] = target
            continue
        found = sorted(c for c in candidates(word) if c in british)
        if len(found) == 1:
            pairs[word] = found[0]
        elif len(found) > 1:
            # prefer the change that keeps the length closest (one pattern, not two)
            found.sort(key=lambda c: (abs(len(c) - len(word)), c))
            pairs[word] = found[0]
        else:
            unmapped.append(word)
    for word, target in IRREGULAR.items():
        if target is not None and word not in british and target in british:
            pairs.setdefault(word, target)

    os.makedirs(OUT, exist_ok=True)
    write_gz(os.path.join(OUT, "british-english-large.txt.gz"), "".join(w + "\n" for w in large))
    write_gz(os.path.join(OUT, "british-english-small.txt.gz"), "".join(w + "\n" for w in small))
    write_gz(os.path.join(OUT, "american-british.tsv.gz"), "".join(f"{a}\t{b}\n" for a, b in sorted(pairs.items())))
    print(f"{len(large)} British words, {len(small)} common, {len(pairs)} American spellings mapped, "
          f"{len(unmapped)} American-only words without a British twin", file=sys.stderr)
    if args.en_gb_hunspell:
        total, extra, dropped, ize = extra_forms(args.en_gb_hunspell, british, pairs)
        write_gz(os.path.join(OUT, "en-gb-hunspell-extra.txt.gz"), "".join(w + "\n" for w in extra))
        print(f"Hunspell en_GB-ise: {total} forms expanded, {len(extra)} added; left out: "
              + ", ".join(f"{n} {why}" for why, n in dropped.items())
              + f"; -ize/-yze forms among the new ones: {ize['kept']} kept, {ize['dropped']} dropped", file=sys.stderr)
        if args.report:
            print("--- added from Hunspell en_GB-ise")
            print(" ".join(extra))
    else:
        print("en-gb-hunspell-extra.txt.gz left as it is (no --en-gb-hunspell)", file=sys.stderr)
    if args.report:
        for a, b in sorted(pairs.items()):
            print(f"{a}\t{b}")
        print("--- unmapped", file=sys.stdout)
        print(" ".join(unmapped))


if __name__ == "__main__":
    main()

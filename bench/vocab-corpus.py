#!/usr/bin/env python3
"""Makes a corpus of N leaflets with the real leaflets' vocabulary, and the same leaflets as a Hugo site.

    python3 bench/vocab-corpus.py N OUT FOLDER...

FOLDER: a `clean` folder that `python3 bench/language-accuracy/measure.py bench/real-leaflets WORK LEAFLET` writes
as WORK/clean (and the same for bench/real-leaflets-heldout): one leaflet per real leaflet, its words
in the order of its vocabulary, "Please read this about WORD today.", one section of long paragraphs. Leaflet i is
leaflet i mod len(FOLDERs' leaflets), with its own title and resource number. OUT/leaflets holds the YAML and
leaflettool.yaml; OUT/hugo the Hugo site (hugo.toml and the single-page layout of bench/CorpusGenerator's sites).
The shape is the opposite of CorpusGenerator's: few blocks, many words, about 3,400 different words instead of 340.
Needs PyYAML (Debian: python3-yaml).
"""
import glob
import os
import re
import sys

import yaml

# The same site as bench/CorpusGenerator's: one page a leaflet, no lists, feeds or home page.
LAYOUT = ('<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
          '<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>')
CONFIG = "baseURL = '/'\ntitle = 'Leaflets'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'home', 'section']\n"


def markdown(doc, title):
    out = [f'---\ntitle: "{title}"\n---\n']
    for section in doc.get("sections", []):
        out.append(f"## {section.get('heading', '')}\n")
        for block in section.get("body", []):
            if isinstance(block, str):
                out.append(block + "\n")
                continue
            for value in block.values():
                out.append("\n".join(f"- {x}" for x in value) + "\n" if isinstance(value, list) else f"{value}\n")
    return "\n".join(out)


def main(n, out, *folders):
    sources = sorted(f for d in folders for f in glob.glob(os.path.join(d, "*.yaml"))
                     if not f.endswith("leaflettool.yaml"))
    if not sources:
        sys.exit("no leaflets in " + " ".join(folders))
    texts = [open(f, encoding="utf-8").read() for f in sources]
    docs = [yaml.safe_load(t) for t in texts]
    leaflets = os.path.join(out, "leaflets")
    pages = os.path.join(out, "hugo", "content", "leaflets")
    layouts = os.path.join(out, "hugo", "layouts", "_default")
    for folder in (leaflets, pages, layouts):
        os.makedirs(folder, exist_ok=True)
    with open(os.path.join(leaflets, "leaflettool.yaml"), "w", encoding="utf-8") as f:
        f.write("resource_number_pattern: '^\\d{6}/VER\\d+$'\n")
    with open(os.path.join(out, "hugo", "hugo.toml"), "w", encoding="utf-8") as f:
        f.write(CONFIG)
    with open(os.path.join(layouts, "single.html"), "w", encoding="utf-8") as f:
        f.write(LAYOUT)
    for i in range(int(n)):
        k, title = i % len(sources), f"Information for patients {i + 1}"
        text = re.sub(r"^resource_number:.*$", f'resource_number: "{i + 1:06d}/VER1"', texts[k], count=1, flags=re.M)
        text = re.sub(r"^title:.*$", f'title: "{title}"', text, count=1, flags=re.M)
        with open(os.path.join(leaflets, f"leaflet-{i + 1:06d}.yaml"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(pages, f"leaflet-{i + 1:06d}.md"), "w", encoding="utf-8") as f:
            f.write(markdown(docs[k], title))
    print(f"{n} leaflets from {len(sources)} in {out}")


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])

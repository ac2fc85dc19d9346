#!/usr/bin/env python3
"""Turn real leaflets as text into Word, PDF and web pages made by producers that are not us.

Usage: make_formats.py RAW_FOLDER OUT_FOLDER

For each RAW_FOLDER/NAME.txt (a leaflet as published, one block per paragraph, bullets typed as "•"):
  OUT/truth/NAME.json   what the text states as structure, labelled here by rules independent of the importer:
                        the title (a first line that is shaped like a heading), headings (a short line on its own, no closing punctuation,
                        followed by text) and list items (lines that start with a bullet glyph or "1.")
  OUT/html/NAME.html    a saved web page, in one of three trusts' site shapes (navigation, cookie banner,
                        breadcrumbs, footer around the leaflet), with <h1>/<h2>, <ul>/<ol> and <p>
  OUT/docx-pandoc/      that page converted to Word by pandoc (heading styles, real numbering)
  OUT/docx-lo/          that page converted to Word by LibreOffice
  OUT/pdf-lo/           LibreOffice's Word document printed to PDF by LibreOffice
  OUT/pdf-chromium/     the web page printed to PDF by Chromium
Needs pandoc, LibreOffice (soffice) and chromium. Never shipped: a bench tool.
"""
import html, json, os, re, shutil, subprocess, sys

BULLET = re.compile(r"^\s*[•●▪◦‣∙·\-\*–]\s+")
NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+")


def blocks(text):
    """Lines grouped as the text shows them: each non-blank line is a block (real leaflets put one paragraph
    on a line), with a flag for a blank line after it."""
    lines = [l.rstrip() for l in text.splitlines()]
    out = []
    for i, line in enumerate(lines):
        if line.strip():
            blank_after = i + 1 >= len(lines) or not lines[i + 1].strip()
            out.append((line.strip(), blank_after))
    return out


def is_heading(line, nxt):
    if BULLET.match(line) or NUMBER.match(line) or len(line) > 80 or nxt is None:
        return False
    if line[-1] in ".,;:" or not line[0].isupper():
        return False
    return len(line.split()) <= 12


def label(text):
    items = blocks(text)
    truth = {"title": "", "headings": [], "items": []}
    body = []
    for i, (line, _) in enumerate(items):
        nxt = items[i + 1] if i + 1 < len(items) else None
        if i == 0 and is_heading(line, nxt):
            truth["title"] = line
            body.append(("h1", line))
        elif BULLET.match(line):
            item = BULLET.sub("", line)
            truth["items"].append(item)
            body.append(("ul", item))
        elif NUMBER.match(line):
            item = NUMBER.sub("", line)
            truth["items"].append(item)
            body.append(("ol", item))
        elif is_heading(line, nxt):
            truth["headings"].append(line)
            body.append(("h2", line))
        else:
            body.append(("p", line))
    return truth, body


def fragment(body):
    out, open_list = [], None
    for kind, text in body:
        if kind in ("ul", "ol"):
            if open_list != kind:
                if open_list:
                    out.append(f"</{open_list}>")
                out.append(f"<{kind}>")
                open_list = kind
            out.append(f"<li>{html.escape(text)}</li>")
            continue
        if open_list:
            out.append(f"</{open_list}>")
            open_list = None
        out.append(f"<{kind}>{html.escape(text)}</{kind}>")
    if open_list:
        out.append(f"</{open_list}>")
    return "\n".join(out)


SHAPES = [
    # A: a <main> with a skip link, top navigation and a cookie banner.
    """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} - Example NHS Foundation Trust</title>
</head><body><div class="cookie-banner"><p>We use cookies to make this site work.</p><button>Accept</button></div>
<a href="#main">Skip to main content</a><header><nav><ul><li><a href="/">Home</a></li><li><a href="/services">Our
services</a></li><li><a href="/leaflets">Patient leaflets</a></li></ul></nav></header>
<main id="main">{body}</main><footer><p>Example NHS Foundation Trust, Hospital Road</p><p>Privacy | Accessibility</p>
</footer></body></html>""",
    # B: no <main>; content in div#content beside a sidebar, breadcrumbs above.
    """<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{title}</title></head><body>
<div id="header"><div class="logo">Sample Hospitals NHS Trust</div><ul class="menu"><li><a href="/a">A to Z</a></li>
<li><a href="/b">Visiting</a></li></ul></div><div class="breadcrumbs"><a href="/">Home</a> &gt; Leaflets</div>
<div id="content" class="page-content">{body}</div><div class="sidebar"><h3>Related pages</h3><ul><li><a href="/x">Car
parking</a></li></ul></div><div id="footer">Copyright Sample Hospitals NHS Trust</div></body></html>""",
    # C: an <article> inside a layout table-free wrapper, with a share bar and a feedback form after it.
    """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Patient information</title></head>
<body><header role="banner"><a href="/">Home</a><form role="search"><input aria-label="Search"></form></header>
<div class="wrapper"><article class="leaflet">{body}</article><div class="share">Share this page: Email Print</div>
<section class="feedback"><h2>Was this page helpful?</h2><button>Yes</button><button>No</button></section></div>
<footer role="contentinfo">Follow us on social media</footer></body></html>""",
]


def run(args, **kw):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    raw, out = sys.argv[1], sys.argv[2]
    folders = ["truth", "html", "docx-pandoc", "docx-lo", "pdf-lo", "pdf-chromium"]
    for f in folders:
        os.makedirs(os.path.join(out, f), exist_ok=True)
    names = sorted(n[:-4] for n in os.listdir(raw) if n.endswith(".txt"))
    for i, name in enumerate(names):
        text = open(os.path.join(raw, name + ".txt"), encoding="utf-8-sig").read()
        truth, body = label(text)
        json.dump(truth, open(os.path.join(out, "truth", name + ".json"), "w"), indent=1, ensure_ascii=False)
        page = SHAPES[i % 3].format(title=html.escape(truth["title"]), body=fragment(body))
        page_path = os.path.join(out, "html", name + ".html")
        open(page_path, "w", encoding="utf-8").write(page)
        # pandoc reads only the leaflet's fragment: a Word document holds the leaflet, not the site around it.
        frag = os.path.join(out, "truth", name + ".fragment.html")
        open(frag, "w", encoding="utf-8").write(f"<html><body>{fragment(body)}</body></html>")
        run(["pandoc", "-f", "html", "-t", "docx", frag, "-o", os.path.join(out, "docx-pandoc", name + ".docx")])
        run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
             os.path.join(out, "docx-lo"), frag])
        lo_docx = os.path.join(out, "docx-lo", name + ".fragment.docx")
        shutil.move(lo_docx, os.path.join(out, "docx-lo", name + ".docx"))
        run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", os.path.join(out, "pdf-lo"),
             os.path.join(out, "docx-lo", name + ".docx")])
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={os.path.join(out, 'pdf-chromium', name + '.pdf')}", "file://" + os.path.abspath(frag)])
        os.remove(frag)
        print(f"{name}: {len(truth['headings'])} headings, {len(truth['items'])} list items", flush=True)


main()

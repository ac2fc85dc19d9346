#!/bin/sh
# Makes the PDF fixtures of the PDF reader's tests with producers that are not LeafletTool, once; the outputs are
# committed next to their sources. Needs chromium, soffice (libreoffice-writer-nogui), qpdf and python3
# with PyYAML. Run from anywhere: sh make-fixtures.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$here"

# (a) Chromium: a leaflet page with headings, bullets, numbered steps, a note box and a reference/dates line.
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$here/a-chromium.pdf" \
  "file://$here/a-chromium.html"

# (b) LibreOffice: a hand-written flat ODT with a two-column section, bullets two deep, page headers and footers
# with page numbers ("Page 1 of 3"), over three pages.
soffice --headless --convert-to pdf --outdir "$work" "$here/b-libreoffice.fodt" >/dev/null
cp "$work/b-libreoffice.pdf" "$here/b-libreoffice.pdf"

# (c) The sample leaflet's content, printed by LibreOffice from a plain HTML page.
python3 "$here/c-sample.py" "$repo/leaflets/cryotherapy-chronic-pain.yaml" > "$here/c-sample.html"
soffice --headless --convert-to pdf:writer_pdf_Export --outdir "$work" "$here/c-sample.html" >/dev/null
cp "$work/c-sample.pdf" "$here/c-sample.pdf"

# (d) Bad ones: a truncated PDF, an encrypted PDF (password "secret"), a PDF of a picture of text (no text).
head -c 4000 "$here/a-chromium.pdf" > "$here/d-truncated.pdf"
qpdf --encrypt secret owner-secret 256 -- "$here/a-chromium.pdf" "$here/d-encrypted.pdf"
printf '<p style="font:36px sans-serif">Scanned leaflet: this text is a picture<br>%s</p>' \
  'and has no characters in the PDF.' > "$work/text.html"
chromium --headless --no-sandbox --disable-gpu --window-size=1200,500 --screenshot="$work/scan.png" \
  "file://$work/text.html"
printf '<!DOCTYPE html><html><body style="margin:0"><img src="scan.png" width="700"></body></html>' \
  > "$work/scan.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$here/d-image-only.pdf" \
  "file://$work/scan.html"

#!/bin/sh
# Makes the Word fixtures of the import tests from producers that are not LeafletTool; run once, outputs committed.
# Needs: python3 with python-docx and PyYAML (apt: python3-docx python3-yaml), pandoc, LibreOffice (soffice).
# Each fixture has, next to it, the text an independent reader gives (pandoc -t plain), for the word-for-word test.
set -eu
cd "$(dirname "$0")"
root=../../../..
py=/usr/bin/python3

# (a) python-docx, direct formatting only (no heading styles), footer with the reference and dates.
$py recipe/python_docx_direct.py a-python-docx-direct.docx
rm -f a-python-docx-direct.docx.png

# (b) pandoc, from a Markdown version of the sample leaflet: Heading and Title styles, Word list numbering.
$py recipe/leaflet_to_markdown.py $root/leaflets/cryotherapy-chronic-pain.yaml > recipe/cryotherapy.md
pandoc recipe/cryotherapy.md -o b-pandoc-cryotherapy.docx

# (b2) pandoc again, the title also written as the first heading: a Title paragraph, then the same words as Heading 1.
awk 'NR==3 {print; print ""; print "# Cryotherapy to treat chronic pain"; next} 1' recipe/cryotherapy.md \
  > recipe/cryotherapy-title-repeated.md
pandoc recipe/cryotherapy-title-repeated.md -o b2-pandoc-title-repeated.docx

# (c) LibreOffice, from an OpenDocument: tracked changes, a comment, a text box, an image, a table.
tmp=$(mktemp -d)
soffice --headless -env:UserInstallation=file://$tmp/profile --convert-to docx --outdir $tmp \
  recipe/libreoffice-colonoscopy.fodt > /dev/null
cp $tmp/libreoffice-colonoscopy.docx c-libreoffice-colonoscopy.docx
rm -rf $tmp

for f in a-python-docx-direct b-pandoc-cryotherapy c-libreoffice-colonoscopy; do
  pandoc -t plain --wrap=none --track-changes=accept $f.docx -o $f.plain.txt
done

# Bad inputs.
mkdir -p bad
head -c 3000 a-python-docx-direct.docx > bad/truncated.docx
printf 'This is not a Word document, just text with a .docx name.\n' > bad/text-named-docx.docx
$py recipe/bad_inputs.py bad

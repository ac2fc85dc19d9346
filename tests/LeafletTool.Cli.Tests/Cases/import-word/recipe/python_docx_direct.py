"""Fixture (a): a leaflet as editors really type it in Word, made with python-docx and DIRECT formatting only:
no heading styles (short bold lines), typed bullets and numbers, a shaded note, a bordered note, a table, a
hyperlink, an image with alternative text, and the reference and dates in the footer. Writes the .docx and, next
to it, the text it wrote (body, then footer), one paragraph a line, for the word-for-word test."""
import struct, sys, zlib
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

out = sys.argv[1]
doc = Document()
doc.core_properties.title = "Cryotherapy leaflet (draft 3)"
written = []


def para(*runs, size=None):
    p = doc.add_paragraph()
    for text, bold in runs:
        r = p.add_run(text)
        r.bold = bold or None
        if size:
            r.font.size = Pt(size)
    written.append("".join(t for t, _ in runs))
    return p


def shade(p, fill):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    p._p.get_or_add_pPr().append(shd)


def border(p):
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "8"); b.set(qn("w:space"), "4"); b.set(qn("w:color"), "000000")
        bdr.append(b)
    p._p.get_or_add_pPr().append(bdr)


def link(p, text, url):
    rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), rid)
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = text
    r.append(t); h.append(r); p._p.append(h)


def png():
    raw = b"\x00\xff\x00\x00"
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


para(("Cryotherapy to treat chronic pain", True), size=16)
para(("Pain management service", False))
para(("Cryotherapy is the application of cold as a medical therapy. For chronic pain we use cryotherapy to "
      "interrupt pain signals.", False))
para(("Risks of cryotherapy", True))
para(("There is a risk of bleeding, infection or ", False), ("direct injury", True), (" to the nerves.", False))
para(("Please ", False), ("do not", True), (" ", False), ("drive", True), (" for 24 hours afterwards.", False))
para(("What happens on the day", True))
para(("• We monitor your blood pressure, heart rate and oxygen levels.", False))
para(("• A small needle (cannula) is placed in the back of your hand.", False))
para(("- X-ray will be used to guide the needle.", False))
para(("1. Arrive at the ward at 8am.", False))
para(("2. Bring a list of your medicines.", False))
note = para(("Important: ", True), ("if you take blood-thinning medicines, call us before your appointment.", False))
shade(note, "DEEAF6")
boxed = para(("You must not eat for 6 hours before the procedure.", False))
border(boxed)
para(("Your appointment", True))
table = doc.add_table(rows=3, cols=2)
for row, (a, b) in zip(table.rows, [("Time", "What happens"), ("8am", "Arrive at the ward"),
                                     ("9am", "The procedure starts")]):
    row.cells[0].text = a; row.cells[1].text = b
    written.append(a + " " + b)
p = para(("Read more on the ", False))
link(p, "NHS website", "https://www.nhs.uk/conditions/cryotherapy/")
p.add_run(".")
written[-1] += "NHS website."
with open(out + ".png", "wb") as f:
    f.write(png())
pic = doc.add_paragraph().add_run().add_picture(out + ".png", width=Cm(1))
pic._inline.docPr.set("descr", "Diagram of the nerves in the lower back")
para(("Contact us", True))
para(("Pain management nurses:\t020 7188 4714 (Monday to Friday, 9am to 5pm)", False))
para(("Email: pain.nurses@example.nhs.uk", False))

footer = doc.sections[0].footer
fp = footer.paragraphs[0]
fp.text = "Reference number: PM-0417/VER2 Date published: March 2024 Review date: March 2027"
pp = footer.add_paragraph("Page ")
for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
    r = OxmlElement("w:r")
    if kind:
        c = OxmlElement("w:fldChar"); c.set(qn("w:fldCharType"), kind); r.append(c)
    elif text == "1":
        t = OxmlElement("w:t"); t.text = text; r.append(t)
    else:
        t = OxmlElement("w:instrText"); t.text = text; r.append(t)
    pp._p.append(r)
doc.sections[0].header.paragraphs[0].text = "Guy's and St Thomas' NHS Foundation Trust"
doc.save(out)
with open(out.replace(".docx", ".text.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(written) + "\n")
with open(out.replace(".docx", ".footer.txt"), "w", encoding="utf-8") as f:
    f.write(fp.text + "\nPage\n")

"""Writes pandoc-cryotherapy.html, a page made by pandoc (not by us), and its .expected.txt. Recipe:
python3 make_pandoc.py  (needs pandoc: apt-get install -y pandoc; the leaflet is leaflets/cryotherapy-chronic-pain.yaml
of this repository). The Markdown gives the reference and dates as a last paragraph of "label: value" lines."""
import os
import subprocess
import yaml

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
with open(os.path.join(root, "leaflets", "cryotherapy-chronic-pain.yaml"), encoding="utf-8") as f:
    leaflet = yaml.safe_load(f)

md, expected = [], []


def para(text, markdown=None):
    md.append((markdown or text) + "\n")
    expected.append(text)


md.append(f"---\ntitle: \"{leaflet['title']}\"\nlang: en-GB\n---\n")
expected.append(leaflet["title"])
para(leaflet["summary"])
for section in leaflet["sections"]:
    para(section["heading"], "## " + section["heading"])
    for item in section["body"]:
        if isinstance(item, str):
            para(item)
        else:
            for bullet in item["bullets"]:
                md.append("- " + bullet)
                expected.append(bullet)
            md.append("")
para("Contact us", "## Contact us")
for contact in leaflet["contacts"]:
    para(contact["purpose"])
    para(f"**{contact['name']}**: {contact['phone']}, {contact['hours']}".replace("**", ""),
         f"**{contact['name']}**: {contact['phone']}, {contact['hours']}")
para(leaflet["out_of_hours"])
lines = [f"Reference number: {leaflet['resource_number']}", "Published: June 2023", "Review date: June 2026"]
md.append("\\\n".join(lines) + "\n")
expected.extend(lines)

source = "\n".join(md)
with open(os.path.join(here, "pandoc-cryotherapy.md"), "w", encoding="utf-8") as f:
    f.write(source)
subprocess.run(["pandoc", "-s", "-f", "markdown", "-t", "html5", "pandoc-cryotherapy.md", "-o",
                "pandoc-cryotherapy.html"], cwd=here, check=True)
with open(os.path.join(here, "pandoc-cryotherapy.expected.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(expected) + "\n")

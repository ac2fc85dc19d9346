"""Fixture (b): the sample leaflet (leaflets/cryotherapy-chronic-pain.yaml) as Markdown, for pandoc to make a
Word document with heading styles and list numbering."""
import sys, yaml

leaflet = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
out = ["---", "title: " + leaflet["title"], "---", "", leaflet["summary"], ""]
for section in leaflet["sections"]:
    out += ["## " + section["heading"], ""]
    for item in section["body"]:
        if isinstance(item, str):
            out += [item, ""]
        elif "bullets" in item:
            out += ["- " + b for b in item["bullets"]] + [""]
        elif "steps" in item:
            out += [f"{i}. " + s for i, s in enumerate(item["steps"], 1)] + [""]
out += ["## Contact us", ""]
for c in leaflet["contacts"]:
    out += [f"**{c['name']}**: {c['purpose']}", "", f"Phone: {c['phone']} ({c['hours']})", ""]
out += [leaflet["out_of_hours"], "",
        f"Reference number: {leaflet['resource_number']}. Published: {leaflet['published']}. "
        f"Review date: {leaflet['review']}.", ""]
sys.stdout.write("\n".join(out))

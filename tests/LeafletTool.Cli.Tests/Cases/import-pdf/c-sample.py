"""Writes the sample leaflet's content (leaflets/cryotherapy-chronic-pain.yaml) as a plain HTML page, the way a
trust's own template might print it, for LibreOffice to turn into a PDF (make-fixtures.sh)."""
import html, sys, yaml

with open(sys.argv[1], encoding="utf-8") as f:
    leaflet = yaml.safe_load(f)
e = html.escape
out = ['<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">',
       f'<title>{e(leaflet["title"])}</title></head><body>', f'<h1>{e(leaflet["title"])}</h1>',
       f'<p>{e(leaflet["summary"])}</p>']
for section in leaflet["sections"]:
    out.append(f'<h2>{e(section["heading"])}</h2>')
    for item in section["body"]:
        if isinstance(item, str):
            out.append(f'<p>{e(item)}</p>')
        elif "bullets" in item:
            out.append("<ul>" + "".join(f"<li>{e(b)}</li>" for b in item["bullets"]) + "</ul>")
out.append("<h2>Contact us</h2>")
for c in leaflet["contacts"]:
    out.append(f'<p><b>{e(c["name"])}</b></p><p>{e(c["purpose"])}</p>')
    out.append(f'<p>Telephone: {e(c["phone"])} ({e(c["hours"])})</p>')
out.append(f'<p>{e(leaflet["out_of_hours"])}</p>')
out.append(f'<p>Resource number: {e(leaflet["resource_number"])}</p>')
out.append(f'<p>Published: {leaflet["published"]}</p><p>Review date: {leaflet["review"]}</p>')
out.append("</body></html>")
print("\n".join(out))

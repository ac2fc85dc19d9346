using System.Net;

namespace LeafletTool.Core.ChangeControl;

/// <summary>
/// The diff as a standalone page for a committee pack: no external assets, headings for each leaflet and section,
/// insertions and deletions as &lt;ins&gt; and &lt;del&gt; with "inserted:" and "deleted:" read out by screen
/// readers (colour, underline and strike-through show them on screen and paper), printable on A4.
/// </summary>
public static class DiffHtmlFormat
{
    private const string Style = """
        body { font-family: Arial, Helvetica, sans-serif; font-size: 1.0625rem; line-height: 1.5; color: #212b32;
          max-width: 48rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.75rem; } h2 { font-size: 1.375rem; border-top: 2px solid #425563; padding-top: 0.75rem; }
        h3 { font-size: 1.125rem; }
        del { color: #8a1538; background: #fbe9ee; text-decoration: line-through; }
        ins { color: #005a30; background: #e4f3ea; text-decoration: underline; font-weight: bold; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
          clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        table { border-collapse: collapse; } th, td { border: 1px solid #768692; padding: 0.25rem 0.5rem;
          text-align: left; }
        .unchanged { color: #4c6272; font-style: normal; }
        @media print { body { max-width: none; font-size: 12pt; } h2 { break-before: page; }
          h2:first-of-type { break-before: auto; } del, ins { print-color-adjust: exact;
          -webkit-print-color-adjust: exact; } }
        @page { size: A4; margin: 2cm; }
        """;

    public static void Write(IReadOnlyList<LeafletDiff> diffs, TextWriter w)
    {
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en-GB\">");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine("<title>Changes to leaflets</title>");
        w.WriteLine($"<style>\n{Style}</style>");
        w.WriteLine("</head>");
        w.WriteLine("<body>");
        w.WriteLine("<main>");
        w.WriteLine("<h1>Changes to leaflets</h1>");
        w.WriteLine($"<p>{E(DiffWords.Summary(diffs))}</p>");
        w.WriteLine("<p>Words taken out are <del><span class=\"visually-hidden\">deleted: </span>struck through"
            + "</del>; words put in are <ins><span class=\"visually-hidden\">inserted: </span>underlined in bold</ins>."
            + "</p>");
        foreach (var diff in diffs) WriteLeaflet(diff, w);
        w.WriteLine("</main>");
        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    private static void WriteLeaflet(LeafletDiff diff, TextWriter w)
    {
        w.WriteLine($"<h2>{E(DiffWords.Heading(diff))}</h2>");
        if (diff.Metadata.Count > 0)
        {
            w.WriteLine("<table>");
            w.WriteLine("<caption>Details that changed</caption>");
            w.WriteLine("<thead><tr><th scope=\"col\">Detail</th><th scope=\"col\">Before</th>"
                + "<th scope=\"col\">After</th></tr></thead>");
            w.WriteLine("<tbody>");
            foreach (var m in diff.Metadata)
            {
                w.WriteLine($"<tr><th scope=\"row\">{E(DiffWords.FieldName(m.Field))}</th><td>{E(m.Old ?? "")}</td>"
                    + $"<td>{E(m.New ?? "")}</td></tr>");
            }

            w.WriteLine("</tbody>");
            w.WriteLine("</table>");
        }

        if (!diff.TextChanged)
        {
            w.WriteLine($"<p>{E(DiffWords.NoTextChange)}</p>");
            return;
        }

        foreach (var run in DiffWords.Runs(diff.Sections))
        {
            if (run.Unchanged is { } names)
            {
                w.WriteLine($"<p class=\"unchanged\">{E(DiffWords.Unchanged(names))}</p>");
                continue;
            }

            var section = run.Section!;
            w.WriteLine($"<h3>{E(section.Name)} ({E(DiffWords.StateName(section.State))})</h3>");
            WriteLines(DiffWords.Shown(section), w);
        }
    }

    private static void WriteLines(IEnumerable<DiffLine> lines, TextWriter w)
    {
        string? open = null;
        foreach (var line in lines)
        {
            var list = line.Kind switch { LineKind.Bullet => "ul", LineKind.Step => "ol", _ => null };
            if (open != list)
            {
                if (open is not null) w.WriteLine($"</{open}>");
                if (list is not null) w.WriteLine($"<{list}>");
                open = list;
            }

            var content = Spans(line);
            w.WriteLine(line.Kind switch
            {
                LineKind.Bullet or LineKind.Step => $"<li>{content}</li>",
                LineKind.Note => $"<p><strong>Note:</strong> {content}</p>",
                LineKind.Heading => $"<p><strong>Heading:</strong> {content}</p>",
                LineKind.Title or LineKind.Contact => $"<p><strong>{content}</strong></p>",
                _ => $"<p>{content}</p>",
            });
        }

        if (open is not null) w.WriteLine($"</{open}>");
    }

    private static string Spans(DiffLine line) =>
        DiffWords.Join(line.Spans, (s, _) => s.Change switch
        {
            Change.Deleted => $"<del><span class=\"visually-hidden\">deleted: </span>{E(s.Text)}</del>",
            Change.Inserted => $"<ins><span class=\"visually-hidden\">inserted: </span>{E(s.Text)}</ins>",
            _ => E(s.Text),
        });

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

using System.Text;

namespace LeafletTool.TestSupport;

/// <summary>
/// Leaflets of adversarial shapes, each grown to about a given size: what an attacker or a bad paste could put in a
/// 1 MiB file to make the tool slow, deep or confused. Tests check that each is answered with findings and never an
/// exception; the bench times each at two sizes to show the time per file is linear in its size.
/// </summary>
public static class HostileShapes
{
    /// <summary>The shapes by name, each a function from a target size in bytes to the file's text.</summary>
    public static IReadOnlyDictionary<string, Func<int, string>> All { get; } = new Dictionary<string, Func<int, string>>
    {
        ["one-huge-paragraph"] = size => Paragraph(Repeat("The nurse will check your blood pressure again. ", size)),
        ["many-distinct-words"] = size => Paragraph(DistinctWords(size)),
        ["one-word-repeated"] = size => Paragraph(Repeat("pain ", size)),
        ["time-repeated"] = size => Paragraph(Repeat("10:00 ", size)),
        ["huge-title"] = size => Leaflet(title: Repeat("Cryotherapy treatment ", size), body: "- A paragraph."),
        ["huge-word"] = size => Paragraph(new string('a', size)),
        ["punctuation-run"] = size => Paragraph("\"" + Repeat("!?.,;:-()", size) + "\""),
        ["asterisk-run"] = size => Paragraph("\"" + Repeat("*", size) + "\""),
        ["bracket-run"] = size => Paragraph("\"" + Repeat("[x](", size) + "\""),
        ["many-links"] = size => Paragraph(Repeat("[see the NHS](https://www.nhs.uk/a) ", size)),
        ["many-bold"] = size => Paragraph(Repeat("**Do not** eat. ", size)),
        ["digits-run"] = size => Paragraph(Repeat("0", size)),
        ["phone-like-run"] = size => Paragraph(Repeat("020 7188 ", size)),
        ["many-sections"] = size => Leaflet(title: "Many sections", sections: Sections(size)),
        ["many-items"] = size => Paragraph("x", items: Repeat("      - Item of a list.\n", size)),
        ["deep-block-lists"] = size => "sections:\n" + Repeat("- ", size) + "x\n",
        ["deep-flow"] = size => "title: " + Repeat("[", size) + "\n",
        ["deep-flow-maps"] = size => "title: " + Repeat("{a: ", size) + "\n",
        ["hidden-characters"] = size => Paragraph(Repeat("pa\u00adin\u200b re\u202elief ", size)),
        ["many-lines-of-one-value"] = size => Leaflet(title: "Long block", body: "- |\n"
            + Repeat("        A line of a literal block.\n", size)),
    };

    private static string Repeat(string piece, int size)
    {
        var builder = new StringBuilder(size + piece.Length);
        while (builder.Length < size) builder.Append(piece);
        return builder.ToString();
    }

    private static string DistinctWords(int size)
    {
        var builder = new StringBuilder(size + 16);
        for (var i = 0; builder.Length < size; i++)
        {
            // Letters only, so each is a new word to the spelling checker: "qab", "qac", ...
            for (var n = i + 1; n > 0; n /= 26) builder.Append((char)('a' + (n % 26)));
            builder.Append("q ");
        }

        return builder.ToString();
    }

    private static string Sections(int size)
    {
        var builder = new StringBuilder(size + 100);
        for (var i = 0; builder.Length < size; i++)
        {
            builder.Append("  - heading: Section ").Append(i).Append("\n    body:\n      - Rest for a day.\n");
        }

        return builder.ToString();
    }

    private static string Paragraph(string text, string items = "") =>
        Leaflet(title: "A hostile leaflet", body: "- " + text + "\n" + (items.Length > 0 ? "      - bullets:\n" : "")
            + items.Replace("      - ", "          - ", StringComparison.Ordinal));

    private static string Leaflet(string title, string body = "", string? sections = null) =>
        "title: " + title + "\nresource_number: 5373/VER1\npublished: 2023-06\nreview: 2026-06\n"
        + "owner: Pain management nurses\nsections:\n"
        + (sections ?? "  - heading: Benefits of cryotherapy\n    body:\n      " + body.TrimEnd('\n') + "\n")
        + "contacts:\n  - name: Pain management nurses\n    phone: 020 7188 4714\n";
}

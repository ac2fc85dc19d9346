using System.Text.RegularExpressions;
using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Core.Importing;

/// <summary>
/// The checker of "nothing lost": every word of every body block of an imported document must be in the YAML made
/// from it, in the block's order (in the title, summary, a section, a contact, or the last section of unplaced
/// text). Lines that are only metadata are checked for the reference and owner as written (their dates are
/// rewritten as <c>YYYY-MM</c>); a "Contact us" heading becomes the <c>contacts:</c> list, and the words that
/// label contact details are its keys. A heading left out because it repeated the title must be the title, word for
/// word.
/// </summary>
public static partial class ImportedWords
{
    /// <summary>Where a word was lost, and the first word of that block that is not in the YAML.</summary>
    public sealed record Loss(SourcePlace Place, string Word, string Block);

    /// <param name="repeatedTitle">Where a heading that repeated the title stood (<see
    /// cref="ImportResult.RepeatedTitle"/>): its words must be the words of <c>title:</c>, all of them, in order.
    /// </param>
    public static IReadOnlyList<Loss> Missing(ImportedDocument document, string yaml, SourcePlace? repeatedTitle = null)
    {
        var stream = Words(yaml);
        var losses = new List<Loss>();
        foreach (var block in document.Blocks.Where(b => b.Part == SourcePart.Body))
        {
            var text = block.Text;
            if (block.Place == repeatedTitle)
            {
                var title = TitleWords(yaml);
                var repeat = Words(text);
                if (!repeat.SequenceEqual(title))
                {
                    var word = repeat.Where((w, i) => i >= title.Count || title[i] != w).FirstOrDefault();
                    losses.Add(new Loss(block.Place, word ?? title[repeat.Count], text));
                }
                continue;
            }

            if (ContactSectionReader.IsContactHeading(text)) continue;
            var fields = MetadataLines.Find(text);
            if (MetadataLines.IsOnlyMetadata(text, fields))
            {
                text = string.Join(' ', fields.Where(f => f.Kind is not (MetadataKind.Published or MetadataKind.Review))
                    .Select(f => f.Value));
            }

            var words = Words(text).Where(w => !ContactLabels.Contains(w));
            var at = 0;
            foreach (var word in words)
            {
                while (at < stream.Count && stream[at] != word) at++;
                if (at == stream.Count)
                {
                    losses.Add(new Loss(block.Place, word, text));
                    break;
                }

                at++;
            }
        }

        return losses;
    }

    /// <summary>The words that label contact details ("Telephone:", "Email us at"): in the YAML they are the keys
    /// <c>phone:</c> and <c>email:</c>.</summary>
    private static readonly HashSet<string> ContactLabels = ["telephone", "tel", "phone", "email", "e", "mail", "call",
        "us", "on", "at"];

    /// <summary>The words of the leaflet's <c>title:</c>, on its line and any lines that continue it.</summary>
    private static List<string> TitleWords(string yaml)
    {
        var lines = yaml.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal));
        if (start < 0) return [];
        var end = start + 1;
        while (end < lines.Length && lines[end].StartsWith(' ')) end++;
        return Words(string.Join(' ', lines[start..end])[6..]);
    }

    private static List<string> Words(string text) =>
        Word().Matches(text.Replace("''", "'", StringComparison.Ordinal)).Select(m => m.Value.ToLowerInvariant())
            .ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

using System.Text.RegularExpressions;
using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Core.Importing;

/// <summary>
/// The checker of "nothing lost": every word of every body block of an imported document must be in the YAML made
/// from it, in the block's order (in the title, summary, a section, a contact, or the last section of unplaced
/// text). Lines that are only metadata are checked for the reference and owner as written (their dates are
/// rewritten as <c>YYYY-MM</c>); a "Contact us" heading becomes the <c>contacts:</c> list, and the words that
/// label contact details are its keys.
/// </summary>
public static partial class ImportedWords
{
    /// <summary>Where a word was lost, and the first word of that block that is not in the YAML.</summary>
    public sealed record Loss(SourcePlace Place, string Word, string Block);

    public static IReadOnlyList<Loss> Missing(ImportedDocument document, string yaml)
    {
        var stream = Words(yaml);
        var losses = new List<Loss>();
        foreach (var block in document.Blocks.Where(b => b.Part == SourcePart.Body))
        {
            var text = block.Text;
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

    private static List<string> Words(string text) =>
        Word().Matches(text.Replace("''", "'", StringComparison.Ordinal)).Select(m => m.Value.ToLowerInvariant())
            .ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

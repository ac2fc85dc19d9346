using System.Text;

namespace LeafletTool.Core.Rules.Style;

/// <summary>
/// The content-style word lists embedded in the core (<c>Rules/Style/Data</c>, written for LeafletTool): the
/// plain-words pairs, the medical-jargon pairs and the abbreviations patients know. Each is read once, on first use.
/// </summary>
internal static class StyleData
{
    private static readonly Lazy<PhraseIndex> PlainList = new(() => new PhraseIndex(Pairs("plain-words.tsv")));
    private static readonly Lazy<PhraseIndex> JargonList = new(() => new PhraseIndex(Pairs("medical-jargon.tsv")));
    private static readonly Lazy<HashSet<string>> KnownList =
        new(() => new HashSet<string>(Lines("abbreviations.txt"), StringComparer.Ordinal));

    /// <summary>Formal words and phrases with their everyday alternatives.</summary>
    public static PhraseIndex PlainWords => PlainList.Value;

    /// <summary>Medical terms with everyday words for them.</summary>
    public static PhraseIndex MedicalJargon => JargonList.Value;

    /// <summary>Abbreviations that need no spelling out (NHS, GP, A&amp;E, ...).</summary>
    public static HashSet<string> WellKnownAbbreviations => KnownList.Value;

    /// <summary>The pairs of a list: the words, and the alternatives (" | " between them).</summary>
    internal static IEnumerable<(string Words, string[] Alternatives)> Pairs(string name)
    {
        foreach (var line in Lines(name))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) throw new InvalidOperationException($"Line \"{line}\" of {name} has no tab.");
            var alternatives = line[(tab + 1)..].Split('|', StringSplitOptions.TrimEntries
                | StringSplitOptions.RemoveEmptyEntries);
            yield return (line[..tab].Trim(), alternatives);
        }
    }

    private static IEnumerable<string> Lines(string name)
    {
        using var stream = typeof(StyleData).Assembly.GetManifestResourceStream("LeafletTool.Core.Rules.Style.Data."
            + name) ?? throw new InvalidOperationException($"The list {name} is missing from this build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#') lines.Add(line);
        }

        return lines;
    }
}

using LeafletTool.Core.Language;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules;

/// <summary>
/// Facts about every leaflet in the folders being checked, gathered once before the per-leaflet rules
/// run, so that cross-leaflet rules stay linear in the number of leaflets. It keeps the facts, never the
/// leaflets: gathered with a <see cref="CorpusBuilder"/>, each leaflet can be let go once it has been added.
/// </summary>
public sealed partial class Corpus
{
    private readonly Dictionary<string, List<string>> filesByResourceNumber;

    internal Corpus(Dictionary<string, List<string>> filesByResourceNumber, int count, Func<WordFrequencies> countWords)
    {
        this.filesByResourceNumber = filesByResourceNumber;
        Count = count;
        this.countWords = countWords;
    }

    public static Corpus Empty { get; } = Build([]);

    /// <summary>How many leaflets loaded.</summary>
    public int Count { get; }

    /// <summary>
    /// The corpus of leaflets all held at once (tests, the phase timer): the word counts are made on first use,
    /// so these leaflets stay referenced until then. The validator gathers with a <see cref="CorpusBuilder"/> instead.
    /// </summary>
    public static Corpus Build(IEnumerable<Leaflet> leaflets)
    {
        var all = leaflets.ToList();
        var builder = new CorpusBuilder(countWords: false);
        var part = builder.NewPart();
        foreach (var leaflet in all) part.Add(leaflet);
        builder.Merge(part);
        return builder.Build(() => CountWords(all));
    }

    /// <summary>The files, in order, whose resource number is this one (ignoring case and surrounding spaces).</summary>
    public IReadOnlyList<string> FilesWithResourceNumber(string resourceNumber) =>
        filesByResourceNumber.TryGetValue(resourceNumber.Trim(), out var files) ? files : [];

    /// <summary>Every resource number in use, in no particular order.</summary>
    public IEnumerable<string> ResourceNumbers => filesByResourceNumber.Keys;
}

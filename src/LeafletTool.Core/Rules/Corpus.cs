using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules;

/// <summary>
/// Facts about every leaflet in the folders being checked, gathered once before the per-leaflet rules
/// run, so that cross-leaflet rules stay linear in the number of leaflets. It keeps the facts, never the
/// leaflets: gathered with a <see cref="CorpusBuilder"/>, each leaflet can be let go once it has been added.
/// </summary>
public sealed partial class Corpus
{
    /// <summary>Each resource number's file, or its files in order (a list) when several share it.</summary>
    private readonly Dictionary<string, object> filesByResourceNumber;

    internal Corpus(Dictionary<string, object> filesByResourceNumber, int count, Func<WordFrequencies> countWords)
    {
        this.filesByResourceNumber = filesByResourceNumber;
        Count = count;
        this.countWords = countWords;
    }

    public static Corpus Empty { get; } = Build([]);

    /// <summary>How many leaflets loaded.</summary>
    public int Count { get; }

    /// <summary>The corpus of leaflets all held at once (tests, the phase timer), on one thread; the validator
    /// gathers with a <see cref="CorpusBuilder"/> on every thread instead.</summary>
    public static Corpus Build(IEnumerable<Leaflet> leaflets)
    {
        var builder = new CorpusBuilder(countWords: true);
        var part = builder.NewPart();
        foreach (var leaflet in leaflets) part.Add(leaflet);
        builder.Merge(part);
        return builder.Build();
    }

    /// <summary>The files, in order, whose resource number is this one (ignoring case and surrounding
    /// spaces).</summary>
    public IReadOnlyList<string> FilesWithResourceNumber(string resourceNumber) =>
        !filesByResourceNumber.TryGetValue(resourceNumber.Trim(), out var files) ? []
        : files as List<string> ?? [(string)files];

    /// <summary>Every resource number in use, in no particular order.</summary>
    public IEnumerable<string> ResourceNumbers => filesByResourceNumber.Keys;
}

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
    /// <summary>The files, in order, of each resource number that two or more leaflets share.</summary>
    private readonly Dictionary<string, List<string>> filesBySharedNumber;

    internal Corpus(Dictionary<string, List<string>> filesBySharedNumber, int count, Func<WordFrequencies> countWords)
    {
        this.filesBySharedNumber = filesBySharedNumber;
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

    /// <summary>
    /// The files, in order, whose resource number is this one (ignoring case and surrounding spaces) when two or more
    /// leaflets have it; else none. A number only one leaflet has is not kept: the second pass of 100,000 leaflets held
    /// about 85 bytes for each.
    /// </summary>
    public IReadOnlyList<string> FilesSharingResourceNumber(string resourceNumber) =>
        filesBySharedNumber.TryGetValue(resourceNumber.Trim(), out var files) ? files : [];
}

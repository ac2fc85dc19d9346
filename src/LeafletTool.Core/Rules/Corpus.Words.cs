using LeafletTool.Core.Language;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules;

/// <summary>The words of every leaflet in the folders checked, for <c>spelling-inconsistent</c>.</summary>
public sealed partial class Corpus
{
    private readonly Func<WordFrequencies> countWords;
    private WordFrequencies? words;
    private object? wordsLock;

    /// <summary>How often each word is used across all the leaflets; made once, on first use.</summary>
    public WordFrequencies Words => LazyInitializer.EnsureInitialized(ref words, ref wordsLock, countWords);

    /// <summary>Adds one leaflet's words (its running text) to a count; the count is not shared between threads.</summary>
    public static void CountWords(Leaflet leaflet, Dictionary<string, int> counts) => WordFrequencies.CountLeaflet(counts, leaflet);

    /// <summary>Adds one thread's counts into the total.</summary>
    internal static void AddCounts(Dictionary<string, int> total, Dictionary<string, int> part)
    {
        foreach (var (word, count) in part) total[word] = total.GetValueOrDefault(word) + count;
    }

    private static WordFrequencies CountWords(IReadOnlyList<Leaflet> leaflets)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var gate = new object();
        Parallel.ForEach(
            leaflets,
            () => new Dictionary<string, int>(StringComparer.Ordinal),
            (leaflet, _, local) =>
            {
                CountWords(leaflet, local);
                return local;
            },
            local =>
            {
                lock (gate) AddCounts(total, local);
            });
        return new WordFrequencies(total);
    }
}

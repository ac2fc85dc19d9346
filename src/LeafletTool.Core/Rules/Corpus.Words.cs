using LeafletTool.Core.Language;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules;

/// <summary>The words of every leaflet in the folders checked, for <c>spelling-inconsistent</c>.</summary>
public sealed partial class Corpus
{
    private WordFrequencies? words;
    private object? wordsLock;

    /// <summary>Every leaflet that loaded, in the order given.</summary>
    public IReadOnlyList<Leaflet> Leaflets { get; private init; } = [];

    /// <summary>How often each word is used across all the leaflets; counted once, on first use, in parallel.</summary>
    public WordFrequencies Words => LazyInitializer.EnsureInitialized(ref words, ref wordsLock, () => CountWords(Leaflets));

    private static WordFrequencies CountWords(IReadOnlyList<Leaflet> leaflets)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var gate = new object();
        Parallel.ForEach(
            leaflets,
            () => new Dictionary<string, int>(StringComparer.Ordinal),
            (leaflet, _, local) =>
            {
                WordFrequencies.CountLeaflet(local, leaflet);
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    foreach (var (word, count) in local) total[word] = total.GetValueOrDefault(word) + count;
                }
            });
        return new WordFrequencies(total);
    }
}

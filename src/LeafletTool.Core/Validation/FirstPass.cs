using System.Collections.Concurrent;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rules;

namespace LeafletTool.Core.Validation;

/// <summary>
/// What the first pass of a check leaves for the second: the corpus, and the leaflets it loaded when the files
/// asked about are few enough (their sources within the validator's budget), so that a folder of a couple of
/// thousand leaflets is loaded once; a larger one is loaded again in the second pass, so that memory stays
/// bounded however many files there are.
/// </summary>
public sealed class FirstPass
{
    private readonly ConcurrentDictionary<LeafletInput, LoadResult> kept = new(ReferenceEqualityComparer.Instance);

    internal FirstPass(Corpus corpus) => Corpus = corpus;

    public Corpus Corpus { get; internal set; }

    /// <summary>How many loaded files are kept for the second pass and not yet taken.</summary>
    public int Kept => kept.Count;

    /// <summary>
    /// The file loaded: as the first pass loaded it, handed over once and then let go; else loaded again.
    /// </summary>
    public LoadResult Load(LeafletInput input, CheckWorker? worker = null) =>
        kept.TryRemove(input, out var load) ? load : LeafletValidator.Load(input, worker?.Yaml);

    internal void Keep(LeafletInput input, LoadResult load) => kept[input] = load;
}

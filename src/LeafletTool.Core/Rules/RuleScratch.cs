using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Language.Words;

namespace LeafletTool.Core.Rules;

/// <summary>
/// What one worker of a check reuses from leaflet to leaflet while the rules run: the lists prose is walked into,
/// its memos of word look-ups, and the table a leaflet's words are counted in. Each worker of the validator holds
/// one (<c>Parallel.For</c>'s local state) and gives it to the <see cref="LeafletAnalysis"/> of each leaflet it
/// checks; it is not safe to share between threads.
/// </summary>
public sealed class RuleScratch
{
    public ProseScratch Prose { get; } = new();

    public WordMemos Memos { get; } = new();

    /// <summary>A leaflet's word counts, started anew for each leaflet that needs them.</summary>
    internal LeafletWordCounts LeafletCounts { get; } = new();
}

using LeafletTool.Core.Language.Spelling;

namespace LeafletTool.Core.Rules;

/// <summary>The words of every leaflet in the folders checked, for <c>spelling-inconsistent</c>.</summary>
public sealed partial class Corpus
{
    private readonly Func<WordFrequencies> countWords;
    private WordFrequencies? words;
    private object? wordsLock;

    /// <summary>How often each word is used across all the leaflets; made once, on first use.</summary>
    public WordFrequencies Words => LazyInitializer.EnsureInitialized(ref words, ref wordsLock, countWords);
}

namespace LeafletTool.Core.Language.Words;

/// <summary>
/// One worker's memos of answers about words (<see cref="WordMemo{T}"/>): whether the dictionary has a word, and
/// how many syllables a word has. Each worker of a check holds one and hands it to the look-ups; it is not safe to
/// share between threads. A look-up given none asks the shared tables directly, with the same answer.
/// </summary>
public sealed class WordMemos
{
    private WordMemo<bool>? dictionary;

    /// <summary>Whether the dictionary has a word as given; made on first use (the spelling check asks
    /// <see cref="Written"/> instead).</summary>
    internal WordMemo<bool> Dictionary => dictionary ??= new();

    /// <summary>Whether the dictionary has a word as written, a curly apostrophe read as straight
    /// (<see cref="EnglishDictionary.ContainsWritten"/>).</summary>
    internal WordMemo<bool> Written { get; } = new();

    internal WordMemo<int> Syllables { get; } = new();
}

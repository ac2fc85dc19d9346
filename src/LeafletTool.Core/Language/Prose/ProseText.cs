using LeafletTool.Core.Model;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Language.Prose;

/// <summary>
/// One text value of a leaflet's prose, with its words (<see cref="ProseWords"/>), its words as readers count
/// them (<see cref="Prose.ReadingWords"/>) and its sentences, each found on first use and kept in an array of
/// its exact size (found into the scratch lists of the worker that made it, then copied). Used by that worker only.
/// </summary>
public sealed class ProseText(ProseKind kind, LocatedText text, ProseScratch scratch)
{
    private TextRange[]? words;
    private TextRange[]? readingWords;
    private Sentence[]? sentences;

    public ProseKind Kind { get; } = kind;

    public LocatedText Text { get; } = text;

    public string Value => Text.Value;

    /// <summary>The words the spelling rules look at (<see cref="ProseWords.Of"/>).</summary>
    public ReadOnlySpan<TextRange> Words => words ??= Ranges(ProseWords.AddTo);

    /// <summary>The words as readers count them (<see cref="Prose.ReadingWords.Of"/>).</summary>
    public ReadOnlySpan<TextRange> ReadingWords => readingWords ??= Ranges(Prose.ReadingWords.AddTo);

    /// <summary>The sentences of <see cref="ReadingWords"/> (<see cref="Prose.Sentences.Of"/>).</summary>
    public ReadOnlySpan<Sentence> Sentences => sentences ??= FindSentences();

    private TextRange[] Ranges(Action<string, List<TextRange>> find)
    {
        var ranges = scratch.Ranges;
        ranges.Clear();
        find(Text.Value, ranges);
        return ranges.Count == 0 ? [] : [.. ranges];
    }

    private Sentence[] FindSentences()
    {
        var found = scratch.Sentences;
        found.Clear();
        Prose.Sentences.AddTo(Text.Value, ReadingWords, found);
        return [.. found];
    }
}

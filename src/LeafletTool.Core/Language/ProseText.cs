using LeafletTool.Core.Model;

namespace LeafletTool.Core.Language;

/// <summary>One text value of a leaflet's prose, with its words (<see cref="ProseWords"/>), its words as readers
/// count them (<see cref="Language.ReadingWords"/>) and its sentences, each found on first use.</summary>
public sealed class ProseText(ProseKind kind, LocatedText text)
{
    private List<TextRange>? words;
    private List<TextRange>? readingWords;
    private List<Sentence>? sentences;

    public ProseKind Kind { get; } = kind;

    public LocatedText Text { get; } = text;

    public string Value => Text.Value;

    /// <summary>The words the spelling rules look at (<see cref="ProseWords.Of"/>).</summary>
    public List<TextRange> Words => words ??= ProseWords.Of(Text.Value);

    /// <summary>The words as readers count them (<see cref="Language.ReadingWords.Of"/>).</summary>
    public List<TextRange> ReadingWords => readingWords ??= Language.ReadingWords.Of(Text.Value);

    /// <summary>The sentences of <see cref="ReadingWords"/> (<see cref="Language.Sentences.Of"/>).</summary>
    public List<Sentence> Sentences => sentences ??= Language.Sentences.Of(Text.Value, ReadingWords);
}

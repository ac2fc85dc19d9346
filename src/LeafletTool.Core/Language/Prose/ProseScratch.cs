using LeafletTool.Core.Model;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Language.Prose;

/// <summary>
/// Lists a worker walks a leaflet's prose into and finds words and sentences into, emptied for each use, so that
/// checking a leaflet makes no list per text. One worker's: it is not safe to share between threads.
/// </summary>
public sealed class ProseScratch
{
    /// <summary>Texts up to which the list is kept for the next walk (a leaflet has about 120).</summary>
    private const int KeptCapacity = 4096;

    private List<(ProseKind Kind, LocatedText Text)> texts = new(256);

    /// <summary>Word or sentence ranges of one text, copied out before the list is used again.</summary>
    internal List<TextRange> Ranges { get; } = new(256);

    internal List<Sentence> Sentences { get; } = new(64);

    /// <summary>The list of prose texts, emptied.</summary>
    internal List<(ProseKind Kind, LocatedText Text)> Texts()
    {
        if (texts.Capacity > KeptCapacity) texts = new List<(ProseKind, LocatedText)>(256);
        texts.Clear();
        return texts;
    }
}

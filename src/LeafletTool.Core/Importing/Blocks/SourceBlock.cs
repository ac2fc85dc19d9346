namespace LeafletTool.Core.Importing.Blocks;

/// <summary>What a block of an imported document is, as the document itself says (its styles, numbering, typed
/// bullets, font size and weight, tags): readers never guess what a block means for a leaflet; the interpreter
/// does, the same way for every format.</summary>
public enum SourceBlockKind
{
    /// <summary>A heading: a heading style or outline level (Word), a larger or bold line (PDF), h1–h6 (HTML), or a
    /// short bold line standing alone.</summary>
    Heading,

    /// <summary>A paragraph of text (in text files, one line or several joined).</summary>
    Paragraph,

    /// <summary>An item of a bulleted or numbered list (<see cref="SourceBlock.List"/>,
    /// <see cref="SourceBlock.Depth"/>).</summary>
    ListItem,

    /// <summary>One row of a table, its cells joined with " | "; listed for the editor's attention.</summary>
    TableRow,
}

/// <summary>The kind of list an item belongs to.</summary>
public enum SourceListKind
{
    None,
    Bullet,
    Numbered,
}

/// <summary>Where in the document a block stands, for messages ("page 2, line 14", "paragraph 31"): a page (PDF;
/// 0 elsewhere) and a line or paragraph number counted from 1.</summary>
public readonly record struct SourcePlace(int Page, int Line)
{
    public override string ToString() => Page > 0 ? $"page {Page}, line {Line}" : $"paragraph {Line}";
}

/// <summary>Which part of the document a block comes from: running text, or a page header or footer (searched only
/// for the reference number and dates, never leaflet text).</summary>
public enum SourcePart
{
    Body,
    Header,
    Footer,
}

/// <summary>
/// One block of an imported document, in reading order. <see cref="Text"/> is the block's text in leaflet markup:
/// bold runs as <c>**strong**</c>, hyperlinks as <c>[text](address)</c>, whitespace collapsed, no bullet glyph or
/// list number (those are in <see cref="List"/>). <see cref="Level"/> is a heading's level (1 the highest; 0 for other
/// blocks). <see cref="Boxed"/>: the paragraph is shaded or boxed (a note). <see cref="AllBold"/>: every letter of it
/// is bold. <see cref="Emphasis"/>: how much larger than the document's body text its font is (1.0 the same; PDF and
/// Word give it, else 1.0).
/// </summary>
public sealed record SourceBlock(SourceBlockKind Kind, string Text, SourcePlace Place)
{
    public int Level { get; init; }

    public SourceListKind List { get; init; }

    /// <summary>A list item's nesting depth, 0 for the outermost.</summary>
    public int Depth { get; init; }

    public bool Boxed { get; init; }

    public bool AllBold { get; init; }

    public double Emphasis { get; init; } = 1.0;

    public SourcePart Part { get; init; } = SourcePart.Body;
}

/// <summary>Something in the source that is not leaflet text, or that an editor must look at, found by a reader:
/// an image and its alternative text, a table, tracked changes that were accepted, comments that were left out.
/// </summary>
public sealed record SourceAttention(SourcePlace Place, string Message);

/// <summary>
/// A document as a reader found it: its blocks in reading order, and what needs attention. Every reader (text,
/// Word, PDF, web page) makes one; the import interpreter makes the leaflet from it.
/// </summary>
public sealed record ImportedDocument(IReadOnlyList<SourceBlock> Blocks, IReadOnlyList<SourceAttention> Attention)
{
    /// <summary>The document's title as its metadata gives it (Word core properties, PDF info, HTML &lt;title&gt;);
    /// a hint only, the interpreter prefers a heading.</summary>
    public string? TitleHint { get; init; }
}

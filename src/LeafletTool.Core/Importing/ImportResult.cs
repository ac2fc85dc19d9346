using LeafletTool.Core.Authoring;
using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Core.Importing;

/// <summary>Something the importer could not do for the editor, or that needs a look: text it could not place, a
/// field it could not find, a heading that repeated the title, a table row, what the reader reported.
/// <see cref="Place"/> is where in the source (line 0: the whole document).</summary>
public sealed record ImportNote(SourcePlace Place, string Message)
{
    public int Line => Place.Line;
}

/// <summary>Source text the importer could not place, kept as a paragraph in the last section.</summary>
public sealed record UnplacedText(SourcePlace Place, string Text);

/// <summary>The leaflet made from an imported document, as a draft and as YAML, with the notes to act on, a slug for
/// its file name, the fields it could not find (<c>title</c>, <c>resource_number</c>, <c>published</c>,
/// <c>review</c>, <c>owner</c>, <c>contacts</c>) and the text it could not place.</summary>
public sealed record ImportResult(LeafletDraft Draft, string Yaml, IReadOnlyList<ImportNote> Notes, string Slug)
{
    public IReadOnlyList<string> Missing { get; init; } = [];

    public IReadOnlyList<UnplacedText> Unplaced { get; init; } = [];

    /// <summary>Where a heading that only repeated the title stood (a Word document with a Title paragraph and then
    /// the same words as its first heading): left out, since its words are the title's; null when there was none.
    /// </summary>
    public SourcePlace? RepeatedTitle { get; init; }
}

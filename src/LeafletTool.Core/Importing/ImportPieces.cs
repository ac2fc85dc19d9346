using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Core.Importing;

/// <summary>What a piece of the leaflet-to-be is: text (a paragraph or heading), a list, a note or a table row.
/// </summary>
internal enum PieceKind
{
    Text,
    Bullets,
    Steps,
    Note,
    Row,
}

/// <summary>A paragraph, heading, note or table row (one item), or a run of list items, with the place of its first
/// block and the block itself (for what the reader said of it).</summary>
internal sealed record Piece(PieceKind Kind, List<string> Items, SourcePlace Place, SourceBlock First)
{
    /// <summary>Lines that were only metadata (a reference, dates) stood right before this piece and left the body.
    /// </summary>
    public bool AfterMetadata { get; init; }

    public string Text => Items[0];

    public bool IsText => Kind is PieceKind.Text;
}

/// <summary>The fields found in metadata lines, the first of each kind.</summary>
internal sealed class FoundFields
{
    public string? Reference { get; set; }
    public string? Published { get; set; }
    public string? Review { get; set; }
    public string? Owner { get; set; }
    public string? Department { get; set; }

    public void Take(IEnumerable<MetadataField> fields)
    {
        foreach (var field in fields)
        {
            switch (field.Kind)
            {
                case MetadataKind.Reference: Reference ??= field.Value; break;
                case MetadataKind.Published: Published ??= field.Value; break;
                case MetadataKind.Review: Review ??= field.Value; break;
                case MetadataKind.Owner: Owner ??= field.Value; break;
                default: Department ??= field.Value; break;
            }
        }
    }
}

/// <summary>Turns a document's body blocks into pieces (list items of one kind run together) and takes the
/// metadata out: lines that are only metadata leave the body; metadata inside a sentence is taken and the sentence
/// kept. Header and footer blocks are searched for metadata and are never leaflet text.</summary>
internal static class ImportPieces
{
    public static List<Piece> Read(ImportedDocument document, FoundFields fields)
    {
        var pieces = new List<Piece>();
        var afterMetadata = false;
        foreach (var block in document.Blocks.Where(b => b.Part == SourcePart.Body))
        {
            var text = block.Text.Trim();
            if (text.Length == 0) continue;
            var found = MetadataLines.Find(text);
            fields.Take(found);
            if (MetadataLines.IsOnlyMetadata(text, found))
            {
                afterMetadata = true;
                continue;
            }

            var after = afterMetadata;
            afterMetadata = false;
            if (block.Kind == SourceBlockKind.ListItem)
            {
                var kind = block.List == SourceListKind.Numbered ? PieceKind.Steps : PieceKind.Bullets;
                if (pieces.Count > 0 && pieces[^1].Kind == kind) pieces[^1].Items.Add(text);
                else pieces.Add(new Piece(kind, [text], block.Place, block) { AfterMetadata = after });
                continue;
            }

            var pieceKind = block.Kind == SourceBlockKind.TableRow ? PieceKind.Row
                : block.Boxed && block.Kind == SourceBlockKind.Paragraph ? PieceKind.Note : PieceKind.Text;
            pieces.Add(new Piece(pieceKind, [text], block.Place, block) { AfterMetadata = after });
        }

        foreach (var block in document.Blocks.Where(b => b.Part != SourcePart.Body))
            fields.Take(MetadataLines.Find(block.Text));
        return pieces;
    }
}

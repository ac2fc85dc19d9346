using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Importers.Word;

/// <summary>
/// The blocks of one part of a Word document (body, a header, a footer, the notes) in reading order: paragraphs,
/// including those inside content controls and custom XML, each table row as one block of its cells, and the
/// paragraphs of text boxes after the paragraph that anchors them. Images and tables are listed for attention.
/// </summary>
internal sealed class WordBody
{
    private const int MaxDepth = 16;
    private readonly WordStyles styles;
    private readonly WordNumbering numbering;
    private readonly WordTally tally;
    private readonly WordInline inline;
    private readonly SourcePart part;
    private readonly List<SourceBlock> blocks;
    private readonly List<SourceAttention> attention;

    public WordBody(WordDocumentParts parts, OpenXmlPart xmlPart, SourcePart part, WordTally tally)
    {
        styles = parts.Styles;
        numbering = parts.Numbering;
        this.tally = tally;
        this.part = part;
        blocks = parts.Blocks;
        attention = parts.Attention;
        inline = new WordInline(styles, xmlPart, tally);
    }

    public void Walk(OpenXmlElement container, int depth = 0)
    {
        if (depth > MaxDepth) return;
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph, depth);
                    break;
                case Table table:
                    ReadTable(table, depth);
                    break;
                case AlternateContent alternate:
                    if (WordFields.Chosen(alternate) is { } chosen) Walk(chosen, depth + 1);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock or InsertedRun or MoveToRun:
                    Walk(child, depth + 1);
                    break;
            }
        }
    }

    private void ReadParagraph(Paragraph p, int depth)
    {
        var properties = p.ParagraphProperties;
        var facts = styles.Facts(properties?.ParagraphStyleId?.Val?.Value);
        var segments = inline.Read(p, facts);
        var boxes = inline.TextBoxes.ToList();
        var images = inline.Images.ToList();
        var level = WordStyles.OutlineLevel(properties?.OutlineLevel?.Val?.Value) ?? facts.HeadingLevel;
        var list = ListOf(properties?.NumberingProperties, facts);
        var depthInList = 0;
        var kind = SourceListKind.None;
        if (level == 0 && list is { } reference)
        {
            kind = numbering.Kind(reference);
            depthInList = Math.Clamp(reference.Level, 0, 8);
        }

        if (level == 0 && kind == SourceListKind.None) kind = WordMarkup.StripTypedMarker(segments);
        var rendered = WordMarkup.Render(segments);
        if (rendered.Text.Length > 0)
        {
            var blockKind = level > 0 ? SourceBlockKind.Heading
                : kind != SourceListKind.None ? SourceBlockKind.ListItem : SourceBlockKind.Paragraph;
            blocks.Add(new SourceBlock(blockKind, rendered.Text, Next())
            {
                Level = level,
                List = kind,
                Depth = depthInList,
                Boxed = WordBoxes.IsBoxed(properties?.Shading, properties?.ParagraphBorders) ?? facts.Boxed,
                AllBold = rendered.AllBold,
                Emphasis = Emphasis(rendered.Size),
                Part = part,
            });
        }

        Graphics(images, boxes, rendered.Text.Length > 0, depth);
    }

    private void Graphics(List<string> images, List<OpenXmlElement> boxes, bool inParagraph, int depth)
    {
        var at = Math.Max(1, tally.Paragraphs);
        var where = inParagraph ? $"in paragraph {at}"
            : tally.Paragraphs == 0 ? "at the start" : $"after paragraph {at}";
        foreach (var alt in images)
        {
            attention.Add(new SourceAttention(new SourcePlace(0, at), alt.Length > 0
                ? $"image {where}, alternative text \"{alt}\""
                : $"image {where} has no alternative text"));
        }

        foreach (var box in boxes)
        {
            var before = tally.Paragraphs;
            Walk(box, depth + 1);
            if (tally.Paragraphs > before)
            {
                attention.Add(new SourceAttention(new SourcePlace(0, before + 1),
                    $"text box {where}: its text is kept as {Span(before + 1, tally.Paragraphs)}"));
            }
        }
    }

    public static string Span(int first, int last)
        => first == last ? $"paragraph {first}" : $"paragraphs {first} to {last}";

    private static WordListReference? ListOf(NumberingProperties? direct, StyleFacts facts)
    {
        if (direct is null) return facts.List;
        var id = direct.NumberingId?.Val?.Value ?? facts.List?.NumberingId ?? 0;
        return new WordListReference(id, direct.NumberingLevelReference?.Val?.Value ?? facts.List?.Level ?? 0);
    }

    private double Emphasis(int size)
        => size > 0 && styles.BodySize > 0 ? Math.Round((double)size / styles.BodySize, 3) : 1.0;

    private SourcePlace Next() => new(0, ++tally.Paragraphs);

    private void ReadTable(Table table, int depth)
    {
        var first = tally.Paragraphs + 1;
        var rows = 0;
        foreach (var row in table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == table))
        {
            if (row.TableRowProperties?.GetFirstChild<Deleted>() is not null)
            {
                tally.Deletions++;
                continue;
            }

            var cells = new List<string>();
            var shaded = false;
            foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row))
            {
                var parts = new List<string>();
                CellText(cell, parts, depth + 1);
                var text = WordMarkup.Collapse(string.Join(" ", parts));
                if (text.Length > 0) cells.Add(text);
                shaded |= WordBoxes.IsShaded(cell.TableCellProperties?.Shading);
            }

            if (cells.Count == 0) continue;
            rows++;
            blocks.Add(new SourceBlock(SourceBlockKind.TableRow, string.Join(" | ", cells), Next())
            {
                Boxed = shaded,
                Part = part,
            });
        }

        if (rows > 0)
        {
            attention.Add(new SourceAttention(new SourcePlace(0, first),
                $"table at paragraph {first}: its {rows} row(s) are kept as paragraphs, cells joined with \" | \""));
        }
    }

    private void CellText(OpenXmlElement container, List<string> parts, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var child in container.ChildElements)
        {
            if (child is Paragraph p)
            {
                var facts = styles.Facts(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
                var rendered = WordMarkup.Render(inline.Read(p, facts));
                var boxes = inline.TextBoxes.ToList();
                var images = inline.Images.ToList();
                if (rendered.Text.Length > 0) parts.Add(rendered.Text);
                foreach (var box in boxes) CellText(box, parts, depth + 1);
                Graphics(images, [], inParagraph: false, depth);
            }
            else if (child is Table or TableRow or TableCell or SdtBlock or SdtContentBlock or SdtRow or SdtContentRow
                or SdtCell or SdtContentCell or CustomXmlBlock or CustomXmlRow or CustomXmlCell)
            {
                CellText(child, parts, depth + 1);
            }
        }
    }
}

using System.Text;
using AngleSharp.Dom;
using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Importers.Html;

/// <summary>Where a block stands: in a box (a note), in the body or a footer of the content.</summary>
internal readonly record struct HtmlFrame(bool Boxed, SourcePart Part);

/// <summary>
/// Turns the elements of a page's content into blocks, in document order: h1–h6 headings, paragraphs (p, and the
/// direct text of a div or cell), list items of ul and ol with their depth, table rows, definitions; the blocks of a
/// box (blockquote, aside, a callout) are boxed and those of a footer inside the content are the footer's.
/// </summary>
internal sealed class HtmlBlockWriter
{
    private readonly HtmlInline inline;
    private readonly bool skipSiteBands;
    private readonly StringBuilder pending = new();
    private HtmlFrame pendingFrame;

    public HtmlBlockWriter(Uri? baseAddress, bool skipSiteBands)
    {
        inline = new HtmlInline(baseAddress, alt => Attention.Add(new SourceAttention(Next, alt)));
        this.skipSiteBands = skipSiteBands;
    }

    public List<SourceBlock> Blocks { get; } = [];

    public List<SourceAttention> Attention { get; } = [];

    private SourcePlace Next => new(0, Blocks.Count + 1);

    /// <summary>Writes the blocks of everything inside an element.</summary>
    public void WriteChildren(IElement parent, HtmlFrame frame)
    {
        foreach (var child in parent.ChildNodes)
        {
            if (child is IText)
            {
                Hold(child, frame);
                continue;
            }

            if (child is not IElement element || Skipped(element)) continue;
            if (!HtmlSignals.IsBlock(element) && !HasBlockInside(element))
            {
                Hold(element, frame);
                continue;
            }

            Flush();
            Write(element, frame);
            Flush();
        }

        Flush();
    }

    /// <summary>Writes the blocks of one element (none when it is chrome or hidden).</summary>
    public void WriteOne(IElement element, HtmlFrame frame)
    {
        if (Skipped(element)) return;
        if (HtmlSignals.IsBlock(element) || HasBlockInside(element)) Write(element, frame);
        else Hold(element, frame);
        Flush();
    }

    private bool Skipped(IElement element)
        => HtmlSignals.NeverHoldsText(element) || HtmlSignals.IsHidden(element) || HtmlSignals.IsChrome(element)
            || (skipSiteBands && HtmlSignals.IsSiteHeaderOrFooter(element));

    private void Write(IElement element, HtmlFrame outer)
    {
        var frame = outer with
        {
            Boxed = outer.Boxed || HtmlSignals.IsBoxed(element),
            Part = HtmlSignals.IsContentFooter(element) ? SourcePart.Footer : outer.Part,
        };
        var tag = element.TagName.ToUpperInvariant();
        switch (tag)
        {
            case "H1" or "H2" or "H3" or "H4" or "H5" or "H6":
                var heading = HtmlInline.OneLine(inline.Render(element)).Replace("**", "", StringComparison.Ordinal);
                Add(SourceBlockKind.Heading, heading, frame, level: tag[1] - '0');
                break;
            case "P" or "PRE" or "ADDRESS" or "DT" or "DD" or "FIGCAPTION" or "CAPTION" or "SUMMARY":
                WriteLines(inline.Render(element), frame);
                break;
            case "UL" or "OL":
                WriteList(element, 0, frame);
                break;
            case "LI":
                WriteItem(element, SourceListKind.Bullet, 0, frame);
                break;
            case "TABLE":
                WriteTable(element, frame);
                break;
            case "HR":
                break;
            default:
                WriteChildren(element, frame);
                break;
        }
    }

    private void WriteList(IElement list, int depth, HtmlFrame frame)
    {
        var kind = list.TagName.Equals("OL", StringComparison.OrdinalIgnoreCase)
            ? SourceListKind.Numbered : SourceListKind.Bullet;
        foreach (var child in list.Children)
        {
            if (Skipped(child)) continue;
            if (child.TagName is "UL" or "OL") WriteList(child, depth + 1, frame);
            else if (child.TagName == "LI") WriteItem(child, kind, depth, frame);
            else Write(child, frame);
        }
    }

    /// <summary>A list item: its own text (a nested list left out), then its nested lists one level deeper.</summary>
    private void WriteItem(IElement item, SourceListKind kind, int depth, HtmlFrame frame)
    {
        var text = new StringBuilder();
        var nested = new List<IElement>();
        foreach (var child in item.ChildNodes)
        {
            if (child is IElement { TagName: "UL" or "OL" } list) nested.Add(list);
            else inline.Append(child, text);
        }

        var words = HtmlInline.OneLine(text.ToString());
        if (words.Length > 0) Add(SourceBlockKind.ListItem, words, frame, list: kind, depth: depth);
        foreach (var list in nested.Where(l => !Skipped(l))) WriteList(list, depth + 1, frame);
    }

    private void WriteTable(IElement table, HtmlFrame frame)
    {
        var rows = HtmlTables.Rows(table);
        if (HtmlTables.IsLayout(table, rows))
        {
            foreach (var cell in rows.SelectMany(HtmlTables.Cells).Where(c => !Skipped(c))) WriteChildren(cell, frame);
            return;
        }

        var caption = table.Children.FirstOrDefault(c => c.TagName == "CAPTION");
        if (caption is not null) WriteLines(inline.Render(caption), frame);
        var first = Blocks.Count;
        foreach (var row in rows.Where(r => !Skipped(r)))
        {
            var cells = HtmlTables.Cells(row).Where(c => !Skipped(c)).Select(c => HtmlInline.OneLine(inline.Render(c)))
                .Where(c => c.Length > 0);
            var text = string.Join(" | ", cells);
            if (text.Length > 0) Add(SourceBlockKind.TableRow, text, frame);
        }

        if (Blocks.Count > first)
        {
            Attention.Add(new SourceAttention(new SourcePlace(0, first + 1), $"a table of {Blocks.Count - first} "
                + "row(s): each row is a paragraph, its cells joined with \" | \"; check it reads well"));
        }
    }

    private void Hold(INode node, HtmlFrame frame)
    {
        if (pending.Length == 0) pendingFrame = frame;
        inline.Append(node, pending);
    }

    private void Flush()
    {
        if (pending.Length == 0) return;
        var text = pending.ToString();
        pending.Clear();
        WriteLines(text, pendingFrame);
    }

    /// <summary>The lines of a paragraph, a cell or a div's direct text (see <see cref="HtmlLines"/>).</summary>
    private void WriteLines(string raw, HtmlFrame frame)
    {
        foreach (var line in HtmlLines.Split(raw))
        {
            Add(line.List == SourceListKind.None ? SourceBlockKind.Paragraph : SourceBlockKind.ListItem, line.Text,
                frame, list: line.List);
        }
    }

    private void Add(SourceBlockKind kind, string text, HtmlFrame frame, int level = 0,
        SourceListKind list = SourceListKind.None, int depth = 0)
    {
        if (text.Length == 0) return;
        var allBold = text.Length > 4 && text.StartsWith("**", StringComparison.Ordinal)
            && text.IndexOf("**", 2, StringComparison.Ordinal) == text.Length - 2;
        Blocks.Add(new SourceBlock(kind, text, Next)
        {
            Level = level,
            List = list,
            Depth = depth,
            Boxed = frame.Boxed,
            Part = frame.Part,
            AllBold = allBold,
        });
    }

    private static bool HasBlockInside(IElement element)
        => element.Descendants<IElement>().Any(HtmlSignals.IsBlock);
}

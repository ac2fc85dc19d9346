using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Drawing = DocumentFormat.OpenXml.Wordprocessing.Drawing;

namespace LeafletTool.Importers.Word;

/// <summary>
/// The printed text of one paragraph, as segments: runs (bold and size resolved through direct formatting, the
/// run's character style, the paragraph's style and the document defaults), hyperlinks with their relationship's
/// address, content controls, smart tags, fields (page numbers left out, HYPERLINK fields as links) and tracked
/// changes as printed (insertions in, deletions out, both counted). Text boxes and images found in the runs are
/// collected for the caller.
/// </summary>
internal sealed class WordInline(WordStyles styles, OpenXmlPart part, WordTally tally)
{
    private const int MaxDepth = 64;
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly List<Segment> segments = [];
    private readonly WordFields fields = new();
    private StyleFacts paragraph = null!;

    public List<OpenXmlElement> TextBoxes { get; } = [];

    /// <summary>Alternative text of the images in the paragraph ("" when an image has none).</summary>
    public List<string> Images { get; } = [];

    public List<Segment> Read(Paragraph p, StyleFacts facts)
    {
        segments.Clear();
        TextBoxes.Clear();
        Images.Clear();
        fields.Reset();
        paragraph = facts;
        Walk(p, 0);
        return [.. segments];
    }

    private void Walk(OpenXmlElement element, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties or SdtProperties or SdtEndCharProperties:
                    break;
                case Run run:
                    ReadRun(run, depth);
                    break;
                case Hyperlink link:
                    var start = segments.Count;
                    Walk(link, depth + 1);
                    WordFields.MakeLink(segments, start, Address(link));
                    break;
                case DeletedRun or MoveFromRun:
                    tally.Deletions++;
                    break;
                case InsertedRun or MoveToRun:
                    tally.Insertions++;
                    Walk(child, depth + 1);
                    break;
                case SimpleField field:
                    ReadSimpleField(field, depth);
                    break;
                case AlternateContent alternate:
                    if (WordFields.Chosen(alternate) is { } chosen) Walk(chosen, depth + 1);
                    break;
                case DocumentFormat.OpenXml.Math.OfficeMath or DocumentFormat.OpenXml.Math.Paragraph:
                    Add(child.InnerText, paragraph.Bold, paragraph.Size);
                    break;
                default:
                    if (child.HasChildren) Walk(child, depth + 1);
                    break;
            }
        }
    }

    private void ReadSimpleField(SimpleField field, int depth)
    {
        var (kind, target) = WordFields.Classify(field.Instruction?.Value);
        if (kind == FieldKind.PageNumber) return;
        var start = segments.Count;
        Walk(field, depth + 1);
        if (kind == FieldKind.Hyperlink) WordFields.MakeLink(segments, start, target);
    }

    private void ReadRun(Run run, int depth)
    {
        var properties = run.RunProperties;
        var style = properties?.RunStyle?.Val?.Value;
        var bold = WordStyles.Bold(properties?.Bold) ?? styles.RunStyleBold(style) ?? paragraph.Bold;
        var size = WordStyles.Size(properties?.FontSize) ?? styles.RunStyleSize(style) ?? paragraph.Size;
        ReadRunContent(run, bold, size, depth);
    }

    private void ReadRunContent(OpenXmlElement run, bool bold, int size, int depth)
    {
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case Text text:
                    Add(text.Text, bold, size);
                    break;
                case TabChar or PositionalTab or Break or CarriageReturn:
                    Add(" ", bold, size);
                    break;
                case NoBreakHyphen:
                    Add("-", bold, size);
                    break;
                case SymbolChar symbol:
                    Add(WordSymbols.Text(symbol), bold, size);
                    break;
                case FieldChar mark:
                    fields.Mark(mark, segments);
                    break;
                case FieldCode code:
                    fields.Code(code.Text);
                    break;
                case Drawing or Picture or EmbeddedObject:
                    Graphic(child);
                    break;
                case AlternateContent alternate when depth < MaxDepth:
                    if (WordFields.Chosen(alternate) is { } chosen) ReadRunContent(chosen, bold, size, depth + 1);
                    break;
            }
        }
    }

    private void Graphic(OpenXmlElement graphic)
    {
        var nesting = graphic.Ancestors<TextBoxContent>().Count();
        var boxes = graphic.Descendants<TextBoxContent>()
            .Where(b => b.Ancestors<TextBoxContent>().Count() == nesting).Cast<OpenXmlElement>().ToList();
        if (boxes.Count == 0) boxes.AddRange(UnknownTextBoxes(graphic));
        TextBoxes.AddRange(boxes);
        var picture = graphic.Descendants<DocumentFormat.OpenXml.Drawing.Pictures.Picture>().Any()
            || graphic.Descendants<DocumentFormat.OpenXml.Vml.ImageData>().Any();
        if (boxes.Count > 0 && !picture) return;
        if (graphic is Picture && !picture) return; // a VML rule or shape with no text
        var properties = graphic.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>()
            .FirstOrDefault();
        var alt = properties?.Description?.Value ?? properties?.Title?.Value
            ?? graphic.Descendants<DocumentFormat.OpenXml.Vml.Shape>().FirstOrDefault()?.Alternate?.Value
            ?? graphic.Descendants<DocumentFormat.OpenXml.Vml.ImageData>().FirstOrDefault()?.Title?.Value ?? "";
        Images.Add(WordMarkup.Collapse(WordMarkup.Clean(alt)));
    }

    /// <summary>A text box in markup the SDK does not know around it (a drawing it cannot type) is read again
    /// from its XML.</summary>
    private static IEnumerable<OpenXmlElement> UnknownTextBoxes(OpenXmlElement graphic)
    {
        foreach (var unknown in graphic.Descendants<OpenXmlUnknownElement>())
        {
            if (unknown.LocalName == "txbxContent" && unknown.NamespaceUri == WordNamespace
                && !unknown.Ancestors<OpenXmlUnknownElement>().Any(a => a.LocalName == "txbxContent"))
            {
                yield return new TextBoxContent(unknown.OuterXml);
            }
        }
    }

    private void Add(string text, bool bold, int size)
    {
        if (text.Length == 0 || fields.Hiding) return;
        segments.Add(new Segment(text, bold, size));
    }

    private string? Address(Hyperlink link)
    {
        var id = link.Id?.Value;
        if (id is null) return null;
        foreach (var relationship in part.HyperlinkRelationships)
        {
            if (relationship.Id == id) return relationship.Uri.OriginalString;
        }

        return null;
    }
}

/// <summary>What a document holds besides its blocks: tracked changes met, paragraphs numbered so far.</summary>
internal sealed class WordTally
{
    public int Insertions { get; set; }

    public int Deletions { get; set; }

    public int Paragraphs { get; set; }
}

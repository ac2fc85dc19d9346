using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LeafletTool.Importers.Word;

internal enum FieldKind
{
    Other,
    PageNumber,
    Hyperlink,
}

/// <summary>
/// Complex fields (w:fldChar begin, w:instrText, separate, end) as Word prints them: the result of a PAGE,
/// NUMPAGES or SECTIONPAGES field is left out (a page number is not leaflet text), the result of a HYPERLINK field
/// becomes a link, every other field's result is text. Fields nest; an unbalanced end is ignored.
/// </summary>
internal sealed class WordFields
{
    private readonly Stack<OpenField> open = new();

    /// <summary>Inside the result of a page-number field: its text is not read.</summary>
    public bool Hiding { get; private set; }

    public void Reset()
    {
        open.Clear();
        Hiding = false;
    }

    public void Code(string text)
    {
        if (open.TryPeek(out var field) && !field.Separated) field.Instruction.Append(text);
    }

    public void Mark(FieldChar mark, List<Segment> segments)
    {
        var type = mark.FieldCharType?.Value;
        if (type == FieldCharValues.Begin)
        {
            open.Push(new OpenField());
        }
        else if (type == FieldCharValues.Separate && open.TryPeek(out var field))
        {
            field.Separated = true;
            (field.Kind, field.Target) = Classify(field.Instruction.ToString());
            field.Start = segments.Count;
        }
        else if (type == FieldCharValues.End && open.TryPop(out var ended))
        {
            if (ended.Kind == FieldKind.Hyperlink && ended.Separated) MakeLink(segments, ended.Start, ended.Target);
        }

        Hiding = open.Any(f => f.Separated && f.Kind == FieldKind.PageNumber);
    }

    public static (FieldKind Kind, string? Target) Classify(string? instruction)
    {
        var code = (instruction ?? "").Trim();
        var space = code.IndexOf(' ', StringComparison.Ordinal);
        var name = (space < 0 ? code : code[..space]).ToUpperInvariant();
        if (name is "PAGE" or "NUMPAGES" or "SECTIONPAGES" or "SECTION") return (FieldKind.PageNumber, null);
        if (name != "HYPERLINK") return (FieldKind.Other, null);
        var rest = code[name.Length..].Trim();
        if (rest.StartsWith("\\l", StringComparison.Ordinal)) return (FieldKind.Other, null);
        var target = rest.StartsWith('"') ? rest[1..].Split('"')[0] : rest.Split(' ')[0];
        return target.Length > 0 ? (FieldKind.Hyperlink, target) : (FieldKind.Other, null);
    }

    /// <summary>The segments from <paramref name="start"/> on become one link segment (its text plain); without
    /// an address (a link to a bookmark in the document) they stay text.</summary>
    public static void MakeLink(List<Segment> segments, int start, string? address)
    {
        if (address is null || start >= segments.Count) return;
        var text = string.Concat(segments.Skip(start).Select(s => s.Text));
        var size = segments[start].Size;
        segments.RemoveRange(start, segments.Count - start);
        if (text.Trim().Length > 0) segments.Add(new Segment(text, false, size, address));
    }

    /// <summary>Markup compatibility: the first choice of an mc:AlternateContent, else its fallback.</summary>
    public static OpenXmlElement? Chosen(AlternateContent alternate)
        => (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>()
            ?? alternate.GetFirstChild<AlternateContentFallback>();

    private sealed class OpenField
    {
        public StringBuilder Instruction { get; } = new();

        public bool Separated { get; set; }

        public FieldKind Kind { get; set; }

        public string? Target { get; set; }

        public int Start { get; set; }
    }
}

using System.Xml;

namespace LeafletTool.Importers.Word;

/// <summary>One style of styles.xml, as much of it as import needs; null: the style does not say.</summary>
internal sealed record StyleEntry(string Id)
{
    public bool IsParagraph { get; set; }

    public bool IsDefault { get; set; }

    public string? Name { get; set; }

    public string? BasedOn { get; set; }

    public int? OutlineLevel { get; set; }

    public int? NumberingId { get; set; }

    public int? ListLevel { get; set; }

    public bool? Boxed { get; set; }

    public bool? Bold { get; set; }

    public int? Size { get; set; }
}

/// <summary>
/// Reads styles.xml with a forward-only reader rather than the SDK's typed tree: Word's and python-docx's style
/// sheets hold hundreds of styles (350 KB in python-docx's template), and building their tree took longer than
/// reading the whole document. Only a style's own paragraph and run properties count (not those of table style
/// conditions), and the run properties of the document defaults.
/// </summary>
internal static class WordStyleSheet
{
    public static (List<StyleEntry> Styles, StyleEntry Defaults) Read(Stream? stream)
    {
        var styles = new List<StyleEntry>();
        var defaults = new StyleEntry("");
        if (stream is null) return (styles, defaults);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            MaxCharactersInDocument = 50_000_000,
        });
        var path = new List<string>();
        StyleEntry? style = null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                path.RemoveAt(path.Count - 1);
                if (path.Count == 1) style = null;
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element) continue;
            var name = reader.NamespaceURI == WordStyles.Namespace ? reader.LocalName : "?" + reader.LocalName;
            if (path.Count == 1 && name == "style")
            {
                style = new StyleEntry(Attribute(reader, "styleId") ?? "")
                {
                    IsParagraph = Attribute(reader, "type") == "paragraph",
                    IsDefault = IsOn(Attribute(reader, "default")),
                };
                styles.Add(style);
            }

            var target = style ?? (Under(path, "docDefaults", "rPrDefault", "rPr") ? defaults : null);
            if (target is not null) Apply(target, path, name, reader);
            if (!reader.IsEmptyElement) path.Add(name);
        }

        return (styles, defaults);
    }

    private static void Apply(StyleEntry style, List<string> path, string name, XmlReader reader)
    {
        var value = Attribute(reader, "val");
        var depth = path.Count;
        if (depth == 2 && name == "name") style.Name = value;
        else if (depth == 2 && name == "basedOn") style.BasedOn = value;
        else if (depth == 3 && path[2] == "pPr") ParagraphProperty(style, name, value, reader);
        else if (depth == 4 && path[2] == "pPr" && path[3] == "numPr") NumberingProperty(style, name, value);
        else if (depth == 4 && path[2] == "pPr" && path[3] == "pBdr")
        {
            style.Boxed = style.Boxed == true || WordBoxes.IsBorder(value);
        }
        else if ((depth == 3 && path[2] == "rPr") || (depth == 4 && path[3] == "rPr" && style.Id.Length == 0))
        {
            if (name == "b") style.Bold = value is null || IsOn(value);
            if (name == "sz" && int.TryParse(value, out var size) && size > 0) style.Size = size;
        }
    }

    private static void ParagraphProperty(StyleEntry style, string name, string? value, XmlReader reader)
    {
        if (name == "outlineLvl" && int.TryParse(value, out var level)) style.OutlineLevel = level;
        if (name == "shd")
        {
            style.Boxed = style.Boxed == true
                || WordBoxes.IsShaded(Attribute(reader, "fill"), value, Attribute(reader, "color"));
        }

        if (name == "pBdr") style.Boxed ??= false;
    }

    private static void NumberingProperty(StyleEntry style, string name, string? value)
    {
        if (!int.TryParse(value, out var number)) return;
        if (name == "numId") style.NumberingId = number;
        if (name == "ilvl") style.ListLevel = number;
    }

    private static bool Under(List<string> path, params string[] names)
        => path.Count == names.Length + 1 && path.Skip(1).SequenceEqual(names);

    private static string? Attribute(XmlReader reader, string name) => reader.GetAttribute(name, WordStyles.Namespace);

    private static bool IsOn(string? value) => value is "1" or "true" or "on";
}

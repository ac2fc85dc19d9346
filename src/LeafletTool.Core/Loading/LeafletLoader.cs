using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Loading;

/// <summary>
/// Turns a source file's text into a <see cref="Leaflet"/>, reporting the structure problems
/// (<c>yaml-syntax</c>, <c>unknown-field</c>, <c>missing-field</c>, <c>invalid-value</c>) as it goes.
/// </summary>
public static class LeafletLoader
{
    /// <summary>Loads a leaflet, reading its YAML with the worker's <paramref name="scratch"/> when given.</summary>
    public static LoadResult Load(SourceDocument source, YamlScratch? scratch = null)
    {
        var bag = new DiagnosticBag(source.Name);
        var yaml = YamlDocumentReader.Read(source, scratch);
        if (yaml.Diagnostics.Count > 0) bag.AddRange(yaml.Diagnostics);
        var slug = SlugOf(source.Name);
        switch (yaml.Root)
        {
            case null when yaml.Diagnostics.Count > 0:
                return new LoadResult(null, bag.Items);
            case null:
            case YamlScalar { IsNull: true }:
                bag.Report(RuleCatalogue.MissingField, SourcePosition.Start,
                    "The file is empty. A leaflet needs at least: " + string.Join(", ", LeafletFields.Required) + ".");
                return new LoadResult(new Leaflet { Source = source, Slug = slug }, bag.Items);
            case YamlMapping mapping:
                return new LoadResult(ReadLeaflet(source, slug, mapping, bag), bag.Items);
            default:
                bag.Report(RuleCatalogue.InvalidValue, yaml.Root.Start,
                    "A leaflet is a set of fields (\"title: ...\", \"sections: ...\"), but this file holds "
                    + $"{yaml.Root.KindName}.");
                return new LoadResult(new Leaflet { Source = source, Slug = slug }, bag.Items);
        }
    }

    /// <summary>The slug is the file name without its folder and <c>.yaml</c> ending.</summary>
    public static string SlugOf(string name)
    {
        var file = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        return file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? file[..^5]
            : file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) ? file[..^4]
            : file;
    }

    private static Leaflet ReadLeaflet(SourceDocument source, string slug, YamlMapping mapping, DiagnosticBag bag)
    {
        var fields = new FieldSet(mapping, LeafletFields.TopLevel, "the leaflet", bag);
        var leaflet = new Leaflet
        {
            Source = source,
            Slug = slug,
            Start = mapping.Start,
            Title = fields.Text("title", required: true),
            ResourceNumber = fields.Text("resource_number", required: true),
            Published = fields.Text("published", required: true),
            Review = fields.Text("review", required: true),
            Owner = fields.Text("owner", required: true),
            Department = fields.Text("department", required: false),
            Language = fields.Text("language", required: false),
            Summary = fields.Text("summary", required: false),
            Sections = SectionReader.Read(fields.List("sections", required: true, "section"), bag),
            Contacts = ContactReader.Read(fields.List("contacts", required: true, "contact"), bag),
            OutOfHours = fields.Text("out_of_hours", required: false),
            Accept = ReadWords(fields.List("accept", required: false, "word"), bag),
        };
        return leaflet;
    }

    private static List<LocatedText> ReadWords(YamlSequence? list, DiagnosticBag bag)
    {
        var items = list?.Items ?? [];
        var words = new List<LocatedText>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is YamlScalar { IsNull: false } scalar) words.Add(LocatedText.From(scalar));
            else bag.Report(RuleCatalogue.InvalidValue, item.Start,
                $"Each accepted word should be text, but this is {item.KindName}.");
        }

        return words;
    }
}

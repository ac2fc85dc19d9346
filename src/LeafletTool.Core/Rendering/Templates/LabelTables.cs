using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Rendering.Templates;

/// <summary>
/// The label tables of a build: the built-in <c>en</c> and <c>cy</c>, with what the templates folder's
/// <c>labels/LANG.yaml</c> (or <c>.json</c>) files change or add. A file holds <c>key: text</c> pairs and, optionally,
/// <c>months:</c> (the twelve month names). Missing keys come from the built-in table of the language, else English.
/// A leaflet gets the table of its <c>language</c>: the whole tag (<c>cy-GB</c>), else its first part (<c>cy</c>),
/// else English.
/// </summary>
public sealed class LabelTables
{
    public const string Folder = "labels/";

    private readonly Dictionary<string, LabelTable> tables;

    private LabelTables(Dictionary<string, LabelTable> tables) => this.tables = tables;

    /// <summary>The built-in tables only.</summary>
    public static LabelTables BuiltIn { get; } = new(new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new LabelTable("en", BuiltInLabels.English, BuiltInLabels.EnglishMonths),
        ["cy"] = new LabelTable("cy", Merge(BuiltInLabels.English, BuiltInLabels.Welsh), BuiltInLabels.WelshMonths),
    });

    /// <summary>The table for a BCP 47 language tag.</summary>
    public LabelTable For(string languageTag)
    {
        var tag = languageTag.Trim().Replace('_', '-');
        if (tables.TryGetValue(tag, out var table)) return table;
        var primary = tag.Split('-')[0];
        return tables.TryGetValue(primary, out table) ? table : tables["en"];
    }

    /// <summary>Whether a template file is a label table (<c>labels/cy.yaml</c>).</summary>
    public static bool IsLabelFile(string name) =>
        name.StartsWith(Folder, StringComparison.Ordinal) && name.IndexOf('/', Folder.Length) < 0
        && (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase));

    /// <summary>The built-in tables with the folder's label files applied; every problem in those files.</summary>
    public static (LabelTables Tables, IReadOnlyList<TemplateError> Errors) Read(ITemplateSource source)
    {
        var files = source.Files().Where(IsLabelFile).ToList();
        if (files.Count == 0) return (BuiltIn, []);
        var tables = new Dictionary<string, LabelTable>(BuiltIn.tables, StringComparer.OrdinalIgnoreCase);
        var errors = new List<TemplateError>();
        foreach (var file in files)
        {
            // "labels/cy.yaml" → "cy": the template source's paths are relative, with '/' (IsLabelFile).
            var name = file[Folder.Length..];
            var language = name[..name.LastIndexOf('.')];
            var start = tables.TryGetValue(language, out var known) ? known : BuiltIn.For(language);
            var read = LabelSheet.Read(source.DisplayName(file), source.Read(file) ?? "", start.Labels, errors);
            if (read is null) continue;
            var (labels, months) = read.Value;
            tables[language] = new LabelTable(language, labels, months ?? start.Months);
        }

        return (new LabelTables(tables), errors);
    }

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> under,
        IReadOnlyDictionary<string, string> over)
    {
        var merged = new Dictionary<string, string>(under, StringComparer.Ordinal);
        foreach (var (key, value) in over) merged[key] = value;
        return merged;
    }

    /// <summary>Reads one label file over the labels it starts from.</summary>
    private static class LabelSheet
    {
        public static (Dictionary<string, string> Labels, IReadOnlyList<string>? Months)? Read(string name,
            string text, IReadOnlyDictionary<string, string> start, List<TemplateError> errors)
        {
            var yaml = YamlDocumentReader.Read(SourceDocument.FromText(name, text));
            if (yaml.Diagnostics.Count > 0)
            {
                var d = yaml.Diagnostics[0];
                errors.Add(new TemplateError(name, d.Line, d.Column, d.Message));
                return null;
            }

            if (yaml.Root is not YamlMapping mapping)
            {
                errors.Add(new TemplateError(name, 1, 1,
                    "a label table is a set of \"key: text\" lines, such as \"contact_us: Cysylltu â ni\""));
                return null;
            }

            var labels = new Dictionary<string, string>(start, StringComparer.Ordinal);
            IReadOnlyList<string>? months = null;
            foreach (var (key, value) in mapping.Entries)
            {
                if (key.Value == "months") months = Months(name, value, errors);
                else if (value is YamlScalar { IsNull: false } scalar) labels[key.Value] = scalar.Value;
                else errors.Add(Error(name, value.Start,
                    $"\"{key.Value}\" should be followed by its text, but this is {value.KindName}"));
            }

            return (labels, months);
        }

        private static List<string>? Months(string name, YamlNode value, List<TemplateError> errors)
        {
            if (value is YamlSequence { Items.Count: 12 } list
                && list.Items.All(i => i is YamlScalar { IsNull: false }))
            {
                return list.Items.Select(i => ((YamlScalar)i).Value).ToList();
            }

            errors.Add(Error(name, value.Start, "\"months\" should be a list of the 12 month names, January first"));
            return null;
        }

        private static TemplateError Error(string name, SourcePosition at, string message) =>
            new(name, at.Line, at.Column, message);
    }
}

using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Config;

/// <summary>The content-style settings of <c>leaflettool.yaml</c>: <c>abbreviations:</c> (a list) and
/// <c>plain_words:</c> (word: alternative), read as every other setting is (<see cref="ConfigReader.Mapping"/>,
/// <see cref="FieldSet.List"/>). A wrong entry is reported where it stands and left out.</summary>
internal static class StyleSettings
{
    public static IReadOnlyList<string> Abbreviations(FieldSet fields, DiagnosticBag bag)
    {
        var list = new List<string>();
        foreach (var item in fields.List("abbreviations", false, "abbreviation")?.Items ?? [])
        {
            if (item is YamlScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0)
                list.Add(scalar.Value.Trim());
            else bag.Report(RuleCatalogue.InvalidValue, item.Start,
                $"Each abbreviation should be text, such as \"PALS\", but this is {item.KindName}.");
        }

        return list;
    }

    public static IReadOnlyDictionary<string, string> PlainWords(FieldSet fields, DiagnosticBag bag)
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (ConfigReader.Mapping(fields, "plain_words", "list words with what to write instead (\"utilise: use\")",
                bag) is not { } mapping)
        {
            return pairs;
        }

        foreach (var (key, value) in mapping.Entries)
        {
            if (value is YamlScalar { IsNull: false } alternative && alternative.Value.Trim().Length > 0
                && key.Value.Trim().Length > 0)
            {
                pairs[key.Value.Trim()] = alternative.Value.Trim();
            }
            else
            {
                bag.Report(RuleCatalogue.InvalidValue, value.Start,
                    $"\"{key.Value}\" in \"plain_words\" should be followed by the words to write instead "
                    + $"(\"{key.Value}: ...\"), but this is {value.KindName}.");
            }
        }

        return pairs;
    }
}

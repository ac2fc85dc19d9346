using System.Globalization;
using System.Text.RegularExpressions;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Config;

/// <summary>Reads <c>leaflettool.yaml</c>. A wrong setting is reported where it stands and the default is used
/// instead.</summary>
public static class ConfigReader
{
    private static readonly string[] TopLevel =
    [
        "organisation", "language", "resource_number_pattern", "review", "readability",
        "dictionary", "rules", "alternative_formats", "footer", "abbreviations", "plain_words", "logo",
    ];

    private static readonly string[] ReviewFields = ["max_interval_months", "due_soon_days"];
    private static readonly string[] ReadabilityFields = ["max_smog", "max_sentence_words"];

    public static ConfigResult Read(SourceDocument source)
    {
        var bag = new DiagnosticBag(source.Name);
        var yaml = YamlDocumentReader.Read(source);
        bag.AddRange(yaml.Diagnostics);
        var config = ProjectConfig.Default with { SourceName = source.Name };
        switch (yaml.Root)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return new ConfigResult(config, bag.Items);
            case YamlMapping mapping:
                return new ConfigResult(ReadSettings(config, mapping, bag), bag.Items);
            default:
                bag.Report(RuleCatalogue.InvalidValue, yaml.Root.Start,
                    "The configuration is a set of settings (\"organisation: ...\"), but this file holds "
                    + $"{yaml.Root.KindName}.");
                return new ConfigResult(config, bag.Items);
        }
    }

    private static ProjectConfig ReadSettings(ProjectConfig config, YamlMapping mapping, DiagnosticBag bag)
    {
        var fields = new FieldSet(mapping, TopLevel, "the configuration", bag);
        config = config with
        {
            Organisation = fields.Text("organisation", false)?.Value ?? config.Organisation,
            Language = fields.Text("language", false)?.Value ?? config.Language,
            Dictionary = fields.Text("dictionary", false)?.Value ?? config.Dictionary,
            AlternativeFormats = fields.Text("alternative_formats", false)?.Value ?? config.AlternativeFormats,
            Footer = fields.Text("footer", false)?.Value ?? config.Footer,
        };

        if (fields.Text("resource_number_pattern", false) is { } pattern)
        {
            if (IsRegex(pattern.Value)) config = config with { ResourceNumberPattern = pattern.Value };
            else bag.Report(RuleCatalogue.InvalidValue, pattern.Start,
                $"\"{pattern.Value}\" is not a valid regular expression.");
        }

        if (Section(fields, "review", ReviewFields, bag) is { } review)
        {
            config = config with
            {
                MaxIntervalMonths = Number(review, "max_interval_months", 1, 600, bag) is { } m ? (int)m
                    : config.MaxIntervalMonths,
                DueSoonDays = Number(review, "due_soon_days", 0, 3650, bag) is { } d ? (int)d : config.DueSoonDays,
            };
        }

        if (Section(fields, "readability", ReadabilityFields, bag) is { } readability)
        {
            config = config with
            {
                MaxSmog = Number(readability, "max_smog", 1, 30, bag, allowFraction: true) ?? config.MaxSmog,
                MaxSentenceWords = Number(readability, "max_sentence_words", 1, 500, bag) is { } w ? (int)w
                    : config.MaxSentenceWords,
            };
        }

        config = config with
        {
            Abbreviations = StyleSettings.Abbreviations(fields, bag),
            PlainWords = StyleSettings.PlainWords(fields, bag),
            Logo = LogoSetting.Read(fields, bag),
        };
        return config with { Rules = ReadRules(fields, bag) };
    }

    private static FieldSet? Section(FieldSet fields, string name, string[] allowed, DiagnosticBag bag) =>
        Mapping(fields, name, $"hold settings ({string.Join(", ", allowed)})", bag) is { } mapping
            ? new FieldSet(mapping, allowed, $"\"{name}\"", bag)
            : null;

    /// <summary>The one way a setting that holds <c>name: value</c> pairs is read (<c>review</c>, <c>rules</c>,
    /// <c>plain_words</c>): the mapping, or null when the setting is absent or empty; anything else is reported
    /// where it stands ("\"rules\" should list rule ids ..., but here it is a list.").</summary>
    internal static YamlMapping? Mapping(FieldSet fields, string name, string shouldHold, DiagnosticBag bag)
    {
        if (fields.Get(name) is not { } entry) return null;
        if (entry.Value is YamlMapping mapping) return mapping;
        if (entry.Value is not YamlScalar { IsNull: true })
        {
            bag.Report(RuleCatalogue.InvalidValue, entry.Value.Start,
                $"\"{name}\" should {shouldHold}, but here it is {entry.Value.KindName}.");
        }

        return null;
    }

    private static double? Number(FieldSet fields, string name, double min, double max, DiagnosticBag bag,
        bool allowFraction = false)
    {
        if (fields.Text(name, false) is not { } text) return null;
        var style = allowFraction ? NumberStyles.Float : NumberStyles.Integer;
        if (double.TryParse(text.Value, style, CultureInfo.InvariantCulture, out var value) && value >= min
            && value <= max)
        {
            return value;
        }

        bag.Report(RuleCatalogue.InvalidValue, text.Start,
            $"\"{name}\" should be a {(allowFraction ? "number" : "whole number")} from {min} to {max}, not "
            + $"\"{text.Value}\".");
        return null;
    }

    private static Dictionary<string, Severity> ReadRules(FieldSet fields, DiagnosticBag bag)
    {
        var rules = new Dictionary<string, Severity>(StringComparer.Ordinal);
        if (Mapping(fields, "rules", "list rule ids with a severity (\"spelling: off\")", bag) is not { } mapping)
            return rules;

        var ids = RuleCatalogue.All.Select(r => r.Id).ToList();
        var settings = new FieldSet(mapping, ids, "LeafletTool", bag, kind: "rule id");
        foreach (var id in settings.Present)
        {
            if (settings.Text(id, false) is not { } value) continue;
            if (SeverityNames.TryParse(value.Value, out var severity)) rules[id] = severity;
            else bag.Report(RuleCatalogue.InvalidValue, value.Start,
                $"\"{value.Value}\" is not a severity; use error, warning, info or off.");
        }

        return rules;
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

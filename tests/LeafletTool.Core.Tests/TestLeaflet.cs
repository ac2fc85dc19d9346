using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests;

/// <summary>
/// A valid minimal leaflet as YAML, and ways to change one line of it, load it and run a rule on it.
/// Line numbers of <see cref="Minimal"/>: 1 title, 2 resource_number, 3 published, 4 review, 5 owner,
/// 6 sections, 7 heading, 8 body, 9 the paragraph, 10 contacts, 11 name, 12 phone.
/// </summary>
internal static class TestLeaflet
{
    public const string Name = "leaflets/test-leaflet.yaml";

    /// <summary>A day on which <see cref="Minimal"/>'s dates raise nothing: published before it, review more than 90
    /// days after it.</summary>
    public static readonly DateOnly Today = new(2026, 1, 15);

    public const string Minimal = """
        title: Cryotherapy to treat chronic pain
        resource_number: 5373/VER1
        published: 2023-06
        review: 2026-06
        owner: Pain management nurses
        sections:
          - heading: Benefits of cryotherapy
            body:
              - It is considered safer than other procedures.
        contacts:
          - name: Pain management nurses
            phone: 020 7188 4714

        """;

    /// <summary><see cref="Minimal"/> with the one line that starts (after its indentation) with
    /// <paramref name="start"/>
    /// replaced by <paramref name="replacement"/>, which keeps that line's indentation.</summary>
    public static string With(string start, string replacement) => With(Minimal, start, replacement);

    public static string With(string yaml, string start, string replacement)
    {
        var lines = yaml.Split('\n');
        var matches = Enumerable.Range(0, lines.Length)
            .Where(i => lines[i].TrimStart().StartsWith(start, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"expected one line starting with \"{start}\", found {matches.Count}");
        var line = lines[matches[0]];
        lines[matches[0]] = line[..(line.Length - line.TrimStart().Length)] + replacement;
        return string.Join('\n', lines);
    }

    /// <summary><see cref="Minimal"/> with <paramref name="replacement"/> in place of the paragraph on line 9
    /// (indentation 6).</summary>
    public static string WithParagraph(string replacement) => With("- It is considered", replacement);

    public static LoadResult LoadResult(string yaml, string name = Name)
        => LeafletLoader.Load(SourceDocument.FromText(name, yaml));

    /// <summary>What loading <paramref name="yaml"/> reports.</summary>
    public static IReadOnlyList<Diagnostic> Problems(string yaml) => LoadResult(yaml).Diagnostics;

    /// <summary>The one thing loading <paramref name="yaml"/> reports.</summary>
    public static Diagnostic OnlyProblem(string yaml) => Assert.Single(Problems(yaml));

    /// <summary>Loads a leaflet that must have no structure problems, so a rule test cannot pass by accident.</summary>
    public static Leaflet Load(string yaml, string name = Name)
    {
        var result = LoadResult(yaml, name);
        Assert.Empty(result.Diagnostics);
        return result.Leaflet!;
    }

    public static RuleContext Context(DateOnly? today = null, ProjectConfig? config = null, Corpus? corpus = null) =>
        new(today ?? Today, config ?? ProjectConfig.Default, corpus ?? Corpus.Empty);

    /// <summary>Runs one rule on a leaflet and returns what it reported.</summary>
    public static IReadOnlyList<Diagnostic> Check(ILeafletRule rule, string yaml, DateOnly? today = null,
        ProjectConfig? config = null, Corpus? corpus = null)
    {
        var leaflet = Load(yaml);
        var bag = new DiagnosticBag(leaflet.File);
        rule.Check(leaflet, Context(today, config, corpus), bag);
        Assert.All(bag.Items, d => Assert.Equal(rule.Info.Id, d.Rule));
        return bag.Items;
    }

    /// <summary>Runs one rule and returns its single finding.</summary>
    public static Diagnostic Single(ILeafletRule rule, string yaml, DateOnly? today = null,
        ProjectConfig? config = null, Corpus? corpus = null) =>
        Assert.Single(Check(rule, yaml, today, config, corpus));

    public static (int Line, int Column) At(this Diagnostic d) => (d.Line, d.Column);
}

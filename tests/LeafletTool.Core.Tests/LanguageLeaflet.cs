using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests;

/// <summary>
/// Leaflets for the language rule tests. <see cref="WithParagraph"/> puts one paragraph on line 9 after
/// "      - ", so a word at index i of the paragraph is at line 9, column 9 + i. <see cref="WithBody"/> takes
/// the body lines (indented 6 spaces, starting on line 9) for folded and literal blocks and lists.
/// </summary>
internal static class LanguageLeaflet
{
    public const string Name = "leaflets/language-test.yaml";
    public const int ParagraphLine = 9;
    public const int ParagraphColumn = 9;

    private const string Head = """
        title: Living with a stoma
        resource_number: 1234/VER1
        published: 2025-01
        review: 2027-01
        owner: Stoma care nurses
        sections:
          - heading: About this leaflet
            body:

        """;

    private const string Tail = """
        contacts:
          - name: Stoma care nurses
            phone: 020 7188 4714

        """;

    public static string WithParagraph(string paragraph) => WithBody($"      - {paragraph}");

    public static string WithBody(params string[] lines) => Head + string.Join('\n', lines) + "\n" + Tail;

    /// <summary>The position of the <paramref name="nth"/> occurrence (0-based) of <paramref name="word"/> in a
    /// <see cref="WithParagraph"/> leaflet.</summary>
    public static (int Line, int Column) InParagraph(string paragraph, string word, int nth = 0)
    {
        var index = -1;
        for (var i = 0; i <= nth; i++) index = paragraph.IndexOf(word, index + 1, StringComparison.Ordinal);
        Assert.True(index >= 0, $"\"{word}\" is not in the paragraph");
        return (ParagraphLine, ParagraphColumn + index);
    }

    public static Leaflet Load(string yaml, string name = Name)
    {
        var result = LeafletLoader.Load(SourceDocument.FromText(name, yaml));
        Assert.Empty(result.Diagnostics);
        return result.Leaflet!;
    }

    public static ProjectConfig Config(params string[] houseWords)
        => ProjectConfig.Default with { HouseWords = houseWords };

    public static IReadOnlyList<Diagnostic> Check(ILeafletRule rule, string yaml, ProjectConfig? config = null,
        Corpus? corpus = null)
    {
        var leaflet = Load(yaml);
        var bag = new DiagnosticBag(leaflet.File);
        rule.Check(leaflet,
            new RuleContext(new DateOnly(2026, 1, 15), config ?? ProjectConfig.Default, corpus ?? Corpus.Empty), bag);
        Assert.All(bag.Items, d => Assert.Equal(rule.Info.Id, d.Rule));
        return bag.Items;
    }

    public static Diagnostic Single(ILeafletRule rule, string yaml, ProjectConfig? config = null,
        Corpus? corpus = null) =>
        Assert.Single(Check(rule, yaml, config, corpus));

    public static (int Line, int Column) Position(this Diagnostic d) => (d.Line, d.Column);
}

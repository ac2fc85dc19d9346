using LeafletTool.Core.Baseline;
using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Core.Tests.Baseline;

/// <summary>How findings become baseline entries and are matched: by file, rule, words and occurrence, never by
/// line.</summary>
public class BaselineMatchingTests
{
    private static readonly string[] Source =
    [
        "title: Knee pain",
        "summary: We usualy see you in clinic. You will usualy go home the same day.",
        "review: 2026-06",
    ];

    private static Diagnostic Spelling(int line, int column) =>
        new("spelling", Severity.Warning, "\"usualy\" is not in the dictionary. Did you mean \"usually\"?",
            "a.yaml", line, column);

    private static IReadOnlyList<BaselineEntry> Keys(IReadOnlyList<Diagnostic> found, string[] source) =>
        FindingKeys.For(found, d => d.File, d => d.Line <= source.Length ? source[d.Line - 1] : null);

    [Fact]
    public void The_words_are_the_source_word_at_the_column_without_punctuation()
    {
        Assert.Equal("usualy", FindingKeys.TextAt(Source[1], 13));
        Assert.Equal("2026-06", FindingKeys.TextAt(Source[2], 9));
        Assert.Equal("day", FindingKeys.TextAt(Source[1], 72));
        Assert.Equal("", FindingKeys.TextAt(Source[1], 500));
        Assert.Equal("", FindingKeys.TextAt(null, 1));
    }

    [Fact]
    public void The_message_keeps_its_first_sentence_and_loses_its_numbers()
    {
        Assert.Equal("The review date (June #) passed # days ago; review the leaflet and set a new date.",
            FindingKeys.Message("The review date (June 2026) passed 158 days ago; review the leaflet and set a "
                + "new date."));
        Assert.Equal("\"usualy\" is not in the dictionary.", FindingKeys.Message(Spelling(1, 1).Message));
        Assert.Equal("cyrotherapy: did you mean cryotherapy (used # times in this leaflet)?",
            FindingKeys.Message("cyrotherapy: did you mean cryotherapy (used 9 times in  this leaflet)?"));
    }

    [Fact]
    public void The_same_word_twice_gets_occurrences_one_and_two_in_line_order()
    {
        var found = new[] { Spelling(2, 48), Spelling(2, 13) };
        var keys = Keys(found, Source);
        Assert.Equal(2, keys[0].Occurrence);
        Assert.Equal(1, keys[1].Occurrence);
        Assert.All(keys, k => Assert.Equal("usualy", k.Text));
    }

    [Fact]
    public void Lines_added_above_keep_every_finding_matched()
    {
        var before = new[] { Spelling(2, 13), Spelling(2, 48) };
        var known = Keys(before, Source);
        string[] moved = ["# a comment", "# another", .. Source];
        var after = new[] { Spelling(4, 13), Spelling(4, 48) };
        var result = BaselineFilter.Apply(after, Keys(after, moved), known);
        Assert.Empty(result.Shown);
        Assert.Equal(2, result.Baselined);
    }

    [Fact]
    public void A_third_copy_of_a_known_finding_is_shown()
    {
        var known = Keys([Spelling(2, 13), Spelling(2, 48)], Source);
        string[] more = [.. Source, "note: usualy"];
        var now = new[] { Spelling(2, 13), Spelling(2, 48), Spelling(4, 7) };
        var result = BaselineFilter.Apply(now, Keys(now, more), known);
        Assert.Equal(now[2], Assert.Single(result.Shown));
        Assert.Equal(2, result.Baselined);
    }

    [Fact]
    public void A_finding_of_another_rule_or_file_on_the_same_words_is_new()
    {
        var known = Keys([Spelling(2, 13)], Source);
        var now = new[]
        {
            Spelling(2, 13) with { Rule = "american-spelling" }, Spelling(2, 13) with { File = "b.yaml" },
        };
        Assert.Equal(2, BaselineFilter.Apply(now, Keys(now, Source), known).Shown.Count);
    }

    [Fact]
    public void An_update_drops_fixed_findings_and_keeps_files_not_checked()
    {
        var old = new[]
        {
            new BaselineEntry("a.yaml", "spelling", "usualy", "m", 1),
            new BaselineEntry("b.yaml", "spelling", "recieve", "m", 1),
            new BaselineEntry("gone.yaml", "spelling", "x", "m", 1),
        };
        var current = new[] { new BaselineEntry("c.yaml", "spelling", "teh", "m", 1) };
        var updated = BaselineFilter.Update(old, current, file => file is "b.yaml");
        Assert.Equal(["b.yaml", "c.yaml"], updated.Select(e => e.File));
    }

    [Fact]
    public void The_file_is_sorted_one_finding_a_line_and_reads_back_the_same()
    {
        var entries = new[]
        {
            new BaselineEntry("b.yaml", "spelling", "teh", "\"teh\" is not a word.", 1),
            new BaselineEntry("a.yaml", "spelling", "usualy", "m", 2),
            new BaselineEntry("a.yaml", "spelling", "usualy", "m", 1),
            new BaselineEntry("a.yaml", "date-style", "6th", "m", 1),
        };
        var json = BaselineJson.Write(entries);
        var lines = json.Split('\n');
        Assert.Equal("  \"version\": 1,", lines[1]);
        Assert.StartsWith("    {\"file\": \"a.yaml\", \"rule\": \"date-style\"", lines[4], StringComparison.Ordinal);
        Assert.EndsWith("\"occurrence\": 1},", lines[5], StringComparison.Ordinal);
        Assert.EndsWith("\"occurrence\": 2},", lines[6], StringComparison.Ordinal);
        Assert.Contains("\"message\": \"\\\"teh\\\" is not a word.\"", lines[7], StringComparison.Ordinal);
        Assert.Equal(entries.Order(BaselineEntry.Order), BaselineJson.Read(json));
        Assert.Equal(json, BaselineJson.Write(BaselineJson.Read(json).Reverse()));
    }

    [Fact]
    public void An_empty_baseline_is_valid()
    {
        Assert.Empty(BaselineJson.Read(BaselineJson.Write([])));
    }

    [Theory]
    [InlineData("", "not valid JSON at line 1")]
    [InlineData("{\"version\": 1,\n", "not valid JSON at line 2")]
    [InlineData("[]", "not a baseline: no JSON object")]
    [InlineData("{\"findings\": []}", "not a baseline: no \"version\" number")]
    [InlineData("{\"version\": 2, \"findings\": []}", "baseline version 2 is not one this program reads (1)")]
    [InlineData("{\"version\": 1}", "not a baseline: no \"findings\" list")]
    [InlineData("{\"version\": 1, \"findings\": [{\"file\": \"a\", \"rule\": \"r\", \"text\": \"t\", "
        + "\"message\": \"m\", \"occurrence\": 0}]}", "finding 1 needs")]
    [InlineData("{\"version\": 1, \"findings\": [3]}", "finding 1 needs")]
    public void A_broken_file_says_what_is_wrong(string json, string expected)
    {
        var e = Assert.Throws<FormatException>(() => BaselineJson.Read(json));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }
}

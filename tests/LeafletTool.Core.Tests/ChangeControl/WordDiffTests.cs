using LeafletTool.Core.ChangeControl;

namespace LeafletTool.Core.Tests.ChangeControl;

public class WordDiffTests
{
    private static IReadOnlyList<DiffLine> Diff(string old, string next) =>
        WordDiff.Between([new PatientLine(LineKind.Text, old)], [new PatientLine(LineKind.Text, next)]);

    private static string Marked(IReadOnlyList<DiffLine> lines, Change change) =>
        string.Join(" | ", lines.SelectMany(l => l.Spans).Where(s => s.Change == change).Select(s => s.Text));

    [Fact]
    public void Only_the_changed_words_are_marked()
    {
        var lines = Diff("there is a risk of bleeding, infection or injury",
            "there is a small risk of bleeding or infection or injury");
        Assert.Equal("small | or", Marked(lines, Change.Inserted));
        Assert.Equal(",", Marked(lines, Change.Deleted));
        Assert.Contains(lines[0].Spans, s => s is { Change: Change.Same, Text: "risk of bleeding" });
    }

    [Fact]
    public void Punctuation_stays_against_its_word()
    {
        var span = Assert.Single(Assert.Single(Diff("(such as this).", "(such as this).")).Spans);
        Assert.Equal("(such as this).", span.Text);
    }

    [Fact]
    public void An_added_line_leaves_its_neighbours_unmarked()
    {
        var lines = WordDiff.Between(
            [new PatientLine(LineKind.Bullet, "first item"), new PatientLine(LineKind.Bullet, "last item")],
            [
                new PatientLine(LineKind.Bullet, "first item"), new PatientLine(LineKind.Bullet, "new one"),
                new PatientLine(LineKind.Bullet, "last item"),
            ]);
        Assert.Equal(3, lines.Count);
        Assert.False(lines[0].Changed);
        Assert.Equal("new one", Assert.Single(lines[1].Spans, s => s.Change == Change.Inserted).Text);
        Assert.False(lines[2].Changed);
    }

    [Fact]
    public void Sections_are_matched_by_heading_and_a_renamed_heading_is_a_change_in_place()
    {
        var old = LeafletSnapshot.Of(TestLeaflet.LoadResult(TestLeaflet.Minimal).Leaflet!);
        var head = LeafletSnapshot.Of(TestLeaflet.LoadResult(
            TestLeaflet.With("- heading:", "- heading: Why cryotherapy helps")).Leaflet!);
        var diff = LeafletDiffer.Between(old, head, "a.yaml", "a.yaml");
        Assert.Equal([SectionState.Unchanged, SectionState.Changed, SectionState.Unchanged],
            diff.Sections.Select(s => s.State));
        var heading = diff.Sections[1].Lines[0];
        Assert.Equal(LineKind.Heading, heading.Kind);
        Assert.Equal("Why | helps", Marked([heading], Change.Inserted));
        Assert.Equal("Benefits of", Marked([heading], Change.Deleted));
    }

    [Fact]
    public void Metadata_changes_are_listed_and_a_new_leaflet_is_all_inserted()
    {
        var old = LeafletSnapshot.Of(TestLeaflet.LoadResult(TestLeaflet.Minimal).Leaflet!);
        var head = LeafletSnapshot.Of(TestLeaflet.LoadResult(
            TestLeaflet.With("resource_number:", "resource_number: 5373/VER2")).Leaflet!);
        var diff = LeafletDiffer.Between(old, head, "a.yaml", "a.yaml");
        Assert.Equal([new MetadataChange("resource_number", "5373/VER1", "5373/VER2")], diff.Metadata);
        Assert.False(diff.TextChanged);
        var added = LeafletDiffer.Between(null, head, null, "a.yaml");
        Assert.True(added.IsNew);
        Assert.All(added.Sections.SelectMany(s => s.Lines).SelectMany(l => l.Spans),
            s => Assert.Equal(Change.Inserted, s.Change));
    }
}

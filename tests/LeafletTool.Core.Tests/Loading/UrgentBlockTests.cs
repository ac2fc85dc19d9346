using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Tests.Loading;

public class UrgentBlockTests
{
    [Fact]
    public void An_urgent_block_is_a_note_marked_urgent()
    {
        var leaflet = TestLeaflet.Load(TestLeaflet.WithParagraph("- urgent: Call 999 if you cannot breathe."));
        var note = Assert.IsType<Note>(Assert.Single(leaflet.Sections[0].Body));
        Assert.True(note.Urgent);
        Assert.Equal("Call 999 if you cannot breathe.", note.Text.Value);
        Assert.Equal(9, note.Text.Start.Line);
    }

    [Fact]
    public void A_note_is_not_urgent()
    {
        var leaflet = TestLeaflet.Load(TestLeaflet.WithParagraph("- note: Bring your letter."));
        Assert.False(Assert.IsType<Note>(Assert.Single(leaflet.Sections[0].Body)).Urgent);
    }

    [Fact]
    public void An_urgent_block_with_a_note_in_it_is_invalid()
    {
        var problem = TestLeaflet.OnlyProblem(TestLeaflet.WithParagraph("- {urgent: Call 999., note: Or 111.}"));
        Assert.Equal(RuleCatalogue.InvalidValue.Id, problem.Rule);
        Assert.Contains("both \"urgent\" and \"note\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_urgent_block_is_a_missing_field()
    {
        var problem = TestLeaflet.OnlyProblem(TestLeaflet.WithParagraph("- urgent:"));
        Assert.Equal(RuleCatalogue.MissingField.Id, problem.Rule);
    }

    [Fact]
    public void A_misspelt_urgent_suggests_it()
    {
        var problem = TestLeaflet.OnlyProblem(TestLeaflet.WithParagraph("- urgnet: Call 999."));
        Assert.Equal(RuleCatalogue.UnknownField.Id, problem.Rule);
        Assert.Contains("urgent", problem.Message + problem.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Urgent_text_is_checked_like_any_prose()
    {
        var leaflet = TestLeaflet.Load(TestLeaflet.WithParagraph("- urgent: Call 999 if you cannot breathe."));
        Assert.Contains(leaflet.Prose(), p => p.Kind == ProseKind.Note && p.Text.Value.StartsWith("Call 999",
            StringComparison.Ordinal));
    }
}

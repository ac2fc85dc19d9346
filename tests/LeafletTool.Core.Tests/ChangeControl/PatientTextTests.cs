using LeafletTool.Core.ChangeControl;

namespace LeafletTool.Core.Tests.ChangeControl;

/// <summary>What a patient reads is built from the loaded leaflet: layout, comments and quoting are not
/// words.</summary>
public class PatientTextTests
{
    private static PatientText Text(string yaml) =>
        PatientText.Of(TestLeaflet.LoadResult(yaml).Leaflet!);

    [Fact]
    public void Comments_quoting_folding_and_key_order_are_not_changes()
    {
        var relaidOut = """
            # A comment the patient never sees
            resource_number: 5373/VER1   # and another
            title: "Cryotherapy to treat chronic pain"
            published: 2023-06
            review: 2026-06
            owner: Pain management nurses
            contacts:
              - phone: 020 7188 4714
                name: 'Pain management nurses'
            sections:
              - heading: Benefits of cryotherapy
                body:
                  - >-
                    It is considered safer
                    than other procedures.

            """;
        Assert.True(Text(relaidOut).SameAs(Text(TestLeaflet.Minimal)));
    }

    [Theory]
    [InlineData("- It is considered", "- It is thought safer than other procedures.")]
    [InlineData("- heading:", "- heading: Benefits of the treatment")]
    [InlineData("phone:", "phone: 020 7188 4715")]
    [InlineData("title:", "title: Cryotherapy for chronic pain")]
    public void A_changed_word_anywhere_a_patient_reads_is_a_change(string line, string replacement)
    {
        Assert.False(Text(TestLeaflet.With(line, replacement)).SameAs(Text(TestLeaflet.Minimal)));
    }

    [Theory]
    [InlineData("resource_number:", "resource_number: 5373/VER2")]
    [InlineData("published:", "published: 2026-11")]
    [InlineData("owner:", "owner: Someone else")]
    public void Metadata_is_not_what_a_patient_reads(string line, string replacement)
    {
        Assert.True(Text(TestLeaflet.With(line, replacement)).SameAs(Text(TestLeaflet.Minimal)));
    }

    [Fact]
    public void Sections_are_named_by_their_headings_and_the_changed_ones_are_listed()
    {
        var old = Text(TestLeaflet.Minimal);
        var changed = Text(TestLeaflet.WithParagraph("- It is safer."));
        Assert.Equal(["Title and summary", "Benefits of cryotherapy", "Contacts"],
            changed.Sections.Select(s => s.Name));
        Assert.Equal(["Benefits of cryotherapy"], changed.ChangedSections(old));
    }

    [Fact]
    public void Words_are_joined_by_single_spaces()
    {
        Assert.Equal("a b c", PatientText.Words("  a\n   b\t c \n"));
    }
}

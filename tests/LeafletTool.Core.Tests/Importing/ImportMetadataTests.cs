using LeafletTool.Core.Importing;
using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Core.Tests.Importing;

public class ImportMetadataTests
{
    private static ImportResult Interpret(params SourceBlock[] blocks) =>
        ImportInterpreter.Interpret(new ImportedDocument(blocks, []));

    private static SourceBlock Para(string text, int line = 1, SourcePart part = SourcePart.Body) =>
        new(SourceBlockKind.Paragraph, text, new SourcePlace(0, line)) { Part = part };

    [Theory]
    [InlineData("Resource number: 5373/VER1", "5373/VER1", null, null)]
    [InlineData("Reference Number: HEY1005/2021 Date issued: February 2024 For review: February 2026",
        "HEY1005/2021", "2024-02", "2026-02")]
    [InlineData("Reference No. ABC-12/3", "ABC-12/3", null, null)]
    [InlineData("Ref: UH 0456", "UH 0456", null, null)]
    [InlineData("Leaflet number: 1234 Last updated: 12/02/2024", "1234", "2024-02-12", null)]
    [InlineData("Leaflet code: EYE/112 Review due May 2027 Last updated: 05/2024", "EYE/112", "2024-05", "2027-05")]
    [InlineData("PIL number: HT-019 | Date published: 14 March 2025 | Next review: March 2028", "HT-019", "2025-03-14",
        "2028-03")]
    [InlineData("Issue date: Feb 2024. To be reviewed by: 2027-01", null, "2024-02", "2027-01")]
    [InlineData("Published: Sept 2023 Review date: 01/09/2026", null, "2023-09", "2026-09-01")]
    [InlineData("Produced: 2024-02 Review: June 2025", null, "2024-02", "2025-06")]
    public void Metadata_in_the_forms_trusts_write_is_found_and_the_line_leaves_the_body(string line,
        string? reference, string? published, string? review)
    {
        var result = Interpret(Para("A leaflet"), Para("Some text.", 2), Para(line, 3));
        Assert.Equal((reference, published, review),
            (result.Draft.ResourceNumber, result.Draft.Published, result.Draft.Review));
        Assert.Equal("Some text.", result.Draft.Summary);
        Assert.Empty(result.Draft.Sections);
    }

    [Theory]
    [InlineData("February 2024", "2024-02")]
    [InlineData("Feb 2024", "2024-02")]
    [InlineData("02/2024", "2024-02")]
    [InlineData("12/02/2024", "2024-02-12")]
    [InlineData("12 February 2024", "2024-02-12")]
    [InlineData("12th February 2024", "2024-02-12")]
    [InlineData("February 12th, 2024", "2024-02-12")]
    [InlineData("12/02/24", "2024-02-12")]
    [InlineData("2024-02", "2024-02")]
    [InlineData("Spring 2025", "Spring 2025")]
    public void Dates_as_people_write_them_become_iso(string text, string expected)
        => Assert.Equal(expected, ImportDates.ToIso(text));

    [Fact]
    public void A_sentence_with_a_date_in_it_is_kept_and_the_date_taken()
    {
        var sentence = "This leaflet was last updated: March 2024 by the pain team, and we welcome comments.";
        var result = Interpret(Para("A leaflet"), Para(sentence, 2));
        Assert.Equal("2024-03", result.Draft.Published);
        Assert.Equal(sentence, result.Draft.Summary);
    }

    [Fact]
    public void Prose_that_mentions_review_or_reference_is_not_taken_for_metadata()
    {
        var result = Interpret(Para("A leaflet"),
            Para("We will review your medicines in June 2025. Please refer to the reference card you were given.", 2));
        Assert.Null(result.Draft.Review);
        Assert.Null(result.Draft.ResourceNumber);
    }

    [Fact]
    public void Headers_and_footers_are_searched_for_metadata_but_are_not_leaflet_text()
    {
        var result = Interpret(Para("Leaflet code: PAIN-07", 1, SourcePart.Header), Para("A leaflet", 2),
            Para("Some text.", 3), Para("Page 1 of 2 Review date: June 2027", 4, SourcePart.Footer));
        Assert.Equal(("PAIN-07", "2027-06"), (result.Draft.ResourceNumber, result.Draft.Review));
        Assert.DoesNotContain("Page 1", result.Yaml, StringComparison.Ordinal);
        Assert.Equal(["contacts", "owner", "published"], result.Missing.Order());
    }

    [Fact]
    public void Owner_and_department_come_from_produced_by_and_department_lines()
    {
        var result = Interpret(Para("A leaflet"), Para("Some text.", 2), Para("Produced by: Hand Therapy Service", 3),
            Para("Department: Trauma and Orthopaedics", 4));
        Assert.Equal(("Hand Therapy Service", "Trauma and Orthopaedics"),
            (result.Draft.Owner, result.Draft.Department));
        Assert.DoesNotContain("Produced by", result.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pattern_for_leaflettool_yaml_matches_every_reference_seen()
    {
        string[] references = ["HEY1005/2021", "HEY-013/2023", "HEY1566/2025"];
        var pattern = ReferencePatterns.Pattern(references)!;
        Assert.Equal(@"^(?:HEY\d+/\d+|HEY-\d+/\d+)$", pattern);
        Assert.All(references, r => Assert.Matches(pattern, r));
        Assert.DoesNotMatch(pattern, "ABC1/2");
        Assert.Null(ReferencePatterns.Pattern([]));
    }
}

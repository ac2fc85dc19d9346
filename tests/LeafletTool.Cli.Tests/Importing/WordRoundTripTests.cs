using LeafletTool.Core.Importing;
using LeafletTool.Importers;
using static LeafletTool.Cli.Tests.Importing.WordTestDocuments;

namespace LeafletTool.Cli.Tests.Importing;

/// <summary>The sample leaflet through pandoc's Word writer, once as the recipe writes it and once with the title
/// repeated as the first heading (a Title paragraph and then the same words as Heading 1, as pandoc writes a page
/// whose metadata and first heading both hold the title): the two import to the same leaflet.</summary>
public class WordRoundTripTests
{
    private static (ImportResult Result, IReadOnlyList<ImportedWords.Loss> Losses) Import(string name)
    {
        var document = Readers.Read(".docx", File.ReadAllBytes(Fixture(name)));
        var result = ImportInterpreter.Interpret(document);
        return (result, ImportedWords.Missing(document, result.Yaml, result.RepeatedTitle));
    }

    [Fact]
    public void A_heading_that_repeats_the_title_is_left_out_and_the_leaflet_is_the_same_as_without_it()
    {
        var (plain, plainWords) = Import("b-pandoc-cryotherapy.docx");
        var (repeated, repeatedWords) = Import("b2-pandoc-title-repeated.docx");
        Assert.Empty(plainWords);
        Assert.Empty(repeatedWords);
        Assert.Null(plain.RepeatedTitle);
        Assert.NotNull(repeated.RepeatedTitle);
        Assert.Equal("Cryotherapy to treat chronic pain", repeated.Draft.Title);
        Assert.StartsWith("Cryotherapy is the application of cold", repeated.Draft.Summary, StringComparison.Ordinal);
        Assert.Equal("Benefits of cryotherapy", repeated.Draft.Sections[0].Heading);
        Assert.Equal(plain.Yaml, repeated.Yaml);
        Assert.Contains(repeated.Notes, n => n.Message.Contains("repeats the title", StringComparison.Ordinal));
    }
}

using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Reading;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Tests.Language.Prose;

/// <summary>The words and sentences the language rules share are the ones each finder gives on its own.</summary>
public class LeafletProseTests
{
    private static readonly string Yaml = LanguageLeaflet.WithBody(
        "      - You'll see Dr. Smith at 5.30pm. Read [our guide](https://example.nhs.uk/guide-word) now.",
        "      - bullets:",
        "          - E-mail pain.nurses@example.nhs.uk or see www.nhs.uk.",
        "          - A long-term plan, w/c 5 June.\n");

    [Fact]
    public void The_prose_is_the_leaflets_prose_in_reading_order()
    {
        var leaflet = LanguageLeaflet.Load(Yaml);

        var texts = LeafletProse.Of(leaflet).Texts;

        Assert.Equal(leaflet.Prose().Select(p => (p.Kind, p.Text)), texts.Select(t => (t.Kind, t.Text)));
        Assert.Contains(texts, t => t.Kind == ProseKind.ListItem);
    }

    [Fact]
    public void Every_kind_of_prose_comes_in_reading_order_and_the_next_leaflet_gets_none_of_the_last()
    {
        var yaml = """
            title: T
            resource_number: 1/VER1
            published: 2024-01
            review: 2026-01
            owner: O
            summary: S
            sections:
              - heading: H1
                body:
                  - P1
                  - bullets:
                      - B1
                      - B2
                  - steps:
                      - S1
                  - note: N1
              - heading: H2
                body:
                  - P2
            contacts:
              - name: C
                purpose: CP
                hours: CH
                phone: 020 7188 4714
            out_of_hours: OOH

            """;
        var leaflet = TestLeaflet.Load(yaml);
        (ProseKind, string)[] expected =
        [
            (ProseKind.Title, "T"), (ProseKind.Summary, "S"), (ProseKind.Heading, "H1"), (ProseKind.Paragraph, "P1"),
            (ProseKind.ListItem, "B1"), (ProseKind.ListItem, "B2"), (ProseKind.ListItem, "S1"), (ProseKind.Note, "N1"),
            (ProseKind.Heading, "H2"), (ProseKind.Paragraph, "P2"), (ProseKind.ContactPurpose, "CP"),
                (ProseKind.ContactHours, "CH"),
            (ProseKind.OutOfHours, "OOH"),
        ];

        Assert.Equal(expected, leaflet.Prose().Select(p => (p.Kind, p.Text.Value)));
        Assert.Equal(expected, LeafletProse.Of(leaflet).Texts.Select(t => (t.Kind, t.Value)));
        var next = LanguageLeaflet.Load(Yaml);
        Assert.Equal(next.Prose().Select(p => (p.Kind, p.Text)),
            LeafletProse.Of(next).Texts.Select(t => (t.Kind, t.Text)));
    }

    [Fact]
    public void Each_texts_words_and_sentences_are_those_of_the_finders()
    {
        foreach (var text in LeafletProse.Of(LanguageLeaflet.Load(Yaml)).Texts)
        {
            Assert.Equal(ProseWords.Of(text.Value), text.Words.ToArray());
            var reading = ReadingWords.Of(text.Value);
            Assert.Equal(reading, text.ReadingWords.ToArray());
            Assert.Equal(Sentences.Of(text.Value, reading), text.Sentences.ToArray());
        }
    }

    [Fact]
    public void A_leaflets_readability_is_that_of_its_prose_values()
    {
        var leaflet = LanguageLeaflet.Load(Yaml);

        Assert.Equal(Readability.Measure(leaflet.Prose().Select(p => p.Text.Value)), Readability.Measure(leaflet));
    }

    [Theory]
    [InlineData("See pain-relief.example.nhs.uk today.", "See|today")]
    [InlineData("It ends.Then it starts.", "It|ends|Then|it|starts")]
    [InlineData("Ratio a:b and c@d.", "Ratio|a|b|and")]
    [InlineData("Call\u00A0us\u2003now", "Call|us|now")]
    [InlineData("caf\u00E9 na\u0308ive don\u2019t", "caf\u00E9|na\u0308ive|don\u2019t")]
    public void Words_of_a_chunk_that_is_an_address_are_taken_back_and_no_others(string text, string expected)
    {
        var words = ProseWords.Of(text).Select(w => text.Substring(w.Start, w.Length));

        Assert.Equal(expected.Split('|'), words);
    }

    [Theory]
    [InlineData("therapy")]
    [InlineData("Cryotherapy")]
    [InlineData("X-ray")]
    [InlineData("5.30pm")]
    public void Syllables_of_a_span_are_those_of_the_string(string word)
    {
        Assert.Equal(Syllables.Count(word), Syllables.Count(("(" + word + ")").AsSpan(1, word.Length)));
    }
}

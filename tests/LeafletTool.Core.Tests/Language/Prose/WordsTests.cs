using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Words;

namespace LeafletTool.Core.Tests.Language.Prose;

public class WordsTests
{
    [Theory]
    [InlineData("You'll see the doctor's nurse.", "You'll|see|the|doctor's|nurse")]
    [InlineData("A long-term, up-to-date plan.", "A|long-term|up-to-date|plan")]
    [InlineData("Call 020 7188 4714 at 9am, or COVID-19 line 111.", "Call|at|or|line")]
    [InlineData("E-mail pain.nurses@example.nhs.uk or see www.nhs.uk, nhs.uk/pain and https://x.org/a.",
        "E-mail|or|see|and")]
    [InlineData("Read [our guide](https://example.nhs.uk/guide-word) and **rest**.", "Read|our|guide|and|rest")]
    [InlineData("See [the page](https://example.org/wiki/Pain_(medicine)) now.", "See|the|page|now")]
    [InlineData("See [the page] (https://example.org/colour_chart) now.", "See|the|page|now")]
    [InlineData("Use it 'as needed' (e.g. twice).", "Use|it|as|needed|e|g|twice")]
    [InlineData("Fill in the \u2018form\u2019 and/or call.", "Fill|in|the|form|and|or|call")]
    public void The_spelling_rules_see_the_words_of_prose_and_not_numbers_or_addresses(string text, string expected)
    {
        var words = ProseWords.Of(text).Select(w => text.Substring(w.Start, w.Length));

        Assert.Equal(expected.Split('|'), words);
    }

    [Theory]
    [InlineData("You'll see Dr. Smith at 5.30pm.", "You'll|see|Dr|Smith|at|5.30pm")]
    [InlineData("A long-term plan, w/c 5 June.", "A|long-term|plan|w/c|5|June")]
    [InlineData("Read [the guide](https://example.nhs.uk/x) now.", "Read|the|guide|now")]
    [InlineData("ab/cd abc/de a/b/c x- -y A&E e.g. caf\u00E9 \u00E9t\u00E9 '",
        "ab/cd|abc|de|a/b|c|x|y|A&E|e.g|caf\u00E9|\u00E9t\u00E9")]
    [InlineData("[a](b) c [d](e)f. g", "a|c|d|f|g")]
    public void Readability_counts_words_as_the_peer_does(string text, string expected)
    {
        var words = ReadingWords.Of(text).Select(w => text.Substring(w.Start, w.Length));

        Assert.Equal(expected.Split('|'), words);
    }

    [Theory]
    [InlineData("Rest today. Drink water! Is it sore? Call us.", new[] { 2, 2, 3, 2 })]
    [InlineData("See Dr. Smith today. Then rest.", new[] { 4, 2 })]
    [InlineData("Bring creams, e.g. aqueous cream. Then rest.", new[] { 5, 2 })]
    [InlineData("It takes 2. 3 days at most.", new[] { 7 })]
    [InlineData("Keep it dry.\n\nthen rest", new[] { 3, 2 })]
    [InlineData("Rest (for a day). Then walk.", new[] { 4, 2 })]
    [InlineData("A heading with no full stop", new[] { 6 })]
    [InlineData("Take 1 tsp. Then rest. Ask the Staffs. team. See Northants. Then NORTHANTS. Go.",
        new[] { 5, 4, 4, 1 })]
    [InlineData("It is on Mon. Come at 9. Do not go out in. Anaesthetic. Nurses. Call M. Smith.",
        new[] { 7, 6, 1, 3 })]
    public void Sentences_end_where_the_peer_ends_them(string text, int[] wordsPerSentence)
    {
        var words = ReadingWords.Of(text);

        Assert.Equal(wordsPerSentence, Sentences.Of(text, words).Select(s => s.WordCount));
    }

    [Fact]
    public void The_lower_case_abbreviations_are_the_peers_expression()
    {
        // Every word of up to four letters a to z, and of five starting with "t" (the one listed word of five,
        // "thurs"). Run once over every word of five letters, too: the same.
        Span<char> word = stackalloc char[5];
        for (var length = 1; length <= 5; length++)
        {
            for (var n = 0; n < (int)Math.Pow(26, Math.Min(length, 4)); n++)
            {
                for (var (k, rest) = (0, n); k < Math.Min(length, 4); k++, rest /= 26)
                    word[k + length / 5] = (char)('a' + rest % 26);
                word[0] = length == 5 ? 't' : word[0];
                var written = word[..length];
                if (Sentences.Abbreviation().IsMatch(written) != Sentences.IsListedLowerCase(written))
                    Assert.Fail($"'{written}' is listed as the expression does not have it, or the other way round");
            }
        }

        Assert.True(Sentences.IsListedLowerCase("thurs"));
    }

    [Fact]
    public void The_embedded_word_lists_load()
    {
        // wbritish-large (169,564), the en_GB-ise forms it lacks (305), and the medical lexicon's 8,300 new forms.
        Assert.InRange(EnglishDictionary.Words.Count, 178_000, 179_000);
        Assert.True(EnglishDictionary.Words.Contains("attaches"));
        Assert.True(EnglishDictionary.Words.Contains("apixaban"));
        Assert.True(EnglishDictionary.Words.Contains("Colonoscopies"));
        Assert.True(EnglishDictionary.Common.Count > 50_000);
        Assert.True(AmericanSpellings.Count > 3_000);
        Assert.Equal("Colour", AmericanSpellings.BritishFormOf("Color"));
        Assert.Null(AmericanSpellings.BritishFormOf("colour"));
    }
}

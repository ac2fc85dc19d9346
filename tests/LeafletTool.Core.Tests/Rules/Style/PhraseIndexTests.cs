using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Rules.Style;

namespace LeafletTool.Core.Tests.Rules.Style;

/// <summary>
/// The first-word filter in front of the phrase lookup must never turn away a word the lookup would find: any
/// case, one-letter words, long words, and listed words that do not begin with two ASCII letters.
/// </summary>
public class PhraseIndexTests
{
    private static List<string> Found(PhraseIndex index, string text) =>
        index.Find(text, ProseWords.Of(text).ToArray()).Select(m => text[m.Start..m.End]).ToList();

    [Fact]
    public void Listed_words_are_found_in_any_case_and_others_are_not()
    {
        var index = new PhraseIndex([("commence", ["start"]), ("prior to", ["before"]), ("a", ["one"]),
            ("electroencephalographically", ["x"])]);
        Assert.Equal(["COMMENCE", "Prior  to", "A", "Electroencephalographically"],
            Found(index, "COMMENCE it Prior  to lunch. A Electroencephalographically commenced prior"));
    }

    [Fact]
    public void Listed_words_that_do_not_begin_with_two_ascii_letters_are_still_found()
    {
        var index = new PhraseIndex([("café", ["x"]), ("o'clock", ["y"]), ("ärzte", ["z"])]);
        Assert.Equal(["CAFÉ", "O'clock", "Ärzte"], Found(index, "the CAFÉ at six O'clock, Ärzte"));
    }

    [Fact]
    public void A_word_in_other_letters_that_equals_a_listed_word_ignoring_case_is_found()
    {
        var index = new PhraseIndex([("ärzte", ["z"]), ("plain", ["p"])]);
        Assert.Equal(["ÄRZTE", "PLAIN"], Found(index, "ÄRZTE and PLAIN"));
    }

    [Fact]
    public void Phrases_that_share_a_first_word_are_told_apart_by_the_words_after_it()
    {
        var index = new PhraseIndex([("in order to", ["to"]), ("in", ["x"]), ("in the event of", ["if"]),
            ("in ordered", ["y"]), ("in respect of", ["about"])]);
        Assert.Equal(["In order to", "in", "in the event of", "IN ORDERED", "in"],
            Found(index, "In order to go in time, in the event of it. IN ORDERED in orders"));
    }
}

using LeafletTool.Core.Rules;
using LeafletTool.Core.Rules.Language;

namespace LeafletTool.Core.Tests.Rules.Language;

/// <summary>
/// Issue 14, item 5: the fix (JSON and SARIF <c>suggestion</c>) is set only when one candidate is clearly the word
/// meant; other candidates stay in the message. A correct word the lists lack never gets one.
/// </summary>
public class SafeFixTests
{
    private static readonly ILeafletRule[] WordRules =
        [new SpellingRule(), new SpellingInconsistentRule(), new AmericanSpellingRule()];

    [Theory]
    [InlineData("Please tell us if your adress has changed.", "adress", "address")]
    [InlineData("Your ankle may be swolen for a week.", "swolen", "swollen")]
    [InlineData("Come back tommorow morning.", "tommorow", "tomorrow")] // two cheap slips: mm for m, r for rr
    [InlineData("Tell us about any nueropathy in your feet.", "nueropathy", "neuropathy")] // a medical word
    [InlineData("The endoscopsit will explain the results.", "endoscopsit", "endoscopist")]
    [InlineData("You will be given levobupivicaine.", "levobupivicaine", "levobupivacaine")]
    public void A_clear_slip_gets_the_word_meant_as_its_fix(string paragraph, string typo, string meant)
    {
        var finding = Assert.Single(Findings(paragraph));

        Assert.Contains($"\"{typo}\"", finding.Message, StringComparison.Ordinal);
        Assert.Equal(meant, finding.Suggestion);
    }

    [Theory]
    [InlineData("You may feel a little wierd after the sedation.", "weird")] // "weird" or "wired": one swap each
    [InlineData("Use the clinican entrance.", "clinician")] // not "clinic", two slips away
    public void An_unclear_slip_gets_candidates_in_the_message_and_no_fix(string paragraph, string candidate)
    {
        var finding = Assert.Single(Findings(paragraph));

        Assert.Contains($"\"{candidate}\"", finding.Message, StringComparison.Ordinal);
        Assert.Null(finding.Suggestion);
    }

    [Theory]
    [InlineData("Avoid talcs on the skin.")] // a plural the lists lack: talc + s
    [InlineData("A mucousy cough is common.")] // a form the lists lack: mucous + y
    [InlineData("Bring snacks, eg fruit.")] // too short to name one word meant
    [InlineData("Whinney is a name here.")] // a capitalised word opening a sentence: perhaps a name
    public void A_word_the_lists_lack_is_named_without_a_fix(string paragraph)
    {
        Assert.All(Findings(paragraph), f => Assert.Null(f.Suggestion));
    }

    private static List<Diagnostics.Diagnostic> Findings(string paragraph) =>
        WordRules.SelectMany(rule => LanguageLeaflet.Check(rule, LanguageLeaflet.WithParagraph(paragraph))).ToList();
}

using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Reading;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Rules.Language;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Tests.Rules.Language;

/// <summary>No text, however odd, makes a language rule throw, and every finding points inside the file.</summary>
public class LanguageFuzzTests
{
    private const string Alphabet = "aeiou bcdfgtz XYZ 0123456789 "
        + ".,;:!?-\u2013'\u2019\"()[]*@/&\n\r\t\u00e9\u00a0\u2026#_=\\";

    private static readonly ILeafletRule[] Rules =
        [new SpellingRule(), new SpellingInconsistentRule(), new AmericanSpellingRule(), new RepeatedWordRule(),
            new TimeFormatRule(), new ReadabilityRule(), new SentenceLengthRule()];

    [Fact]
    public void Random_text_never_makes_a_language_rule_throw()
    {
        var random = new Random(2026);
        for (var round = 0; round < 300; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 400))
                .Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var source = new SourceDocument("leaflets/fuzz.yaml", "summary: x\n");
            var located = new LocatedText(text,
                new SourceSpan(new SourcePosition(1, 10, 9), new SourcePosition(1, 11, 10)), YamlScalarStyle.Plain);
            var leaflet = new Leaflet
            {
                Source = source,
                Slug = "fuzz",
                Summary = located,
                Title = located,
                Accept = [located]
            };
            var context = new RuleContext(new DateOnly(2026, 1, 15), ProjectConfig.Default with { HouseWords = [text] },
                Corpus.Build([leaflet]));

            foreach (var rule in Rules)
            {
                var bag = new DiagnosticBag(leaflet.File);
                rule.Check(leaflet, context, bag);
                Assert.All(bag.Items, d => Assert.True(d.Line >= 1 && d.Column >= 1));
            }

            var scores = Readability.Measure([text]);
            Assert.False(double.IsNaN(scores.Smog) || double.IsNaN(scores.FleschKincaidGrade)
                || double.IsNaN(scores.FleschReadingEase));
        }
    }
}

using LeafletTool.Core.Rules;
using LeafletTool.Core.Rules.Identity;

namespace LeafletTool.Core.Tests.Rules.Identity;

public class ResourceNumberDuplicateRuleTests
{
    private static readonly ResourceNumberDuplicateRule Rule = new();

    private static Corpus CorpusOf(params (string Name, string Number)[] leaflets) =>
        Corpus.Build(leaflets.Select(l =>
            TestLeaflet.Load(TestLeaflet.With("resource_number:", "resource_number: " + l.Number), l.Name)));

    [Fact]
    public void A_number_used_by_another_leaflet_is_reported_naming_it()
    {
        var corpus = CorpusOf((TestLeaflet.Name, "5373/VER1"), ("leaflets/other.yaml", "5373/VER1"),
            ("leaflets/third.yaml", "1234/VER1"));
        var d = TestLeaflet.Single(Rule, TestLeaflet.Minimal, corpus: corpus);
        Assert.Equal((2, 18), d.At());
        Assert.Equal("The resource number \"5373/VER1\" is also used by leaflets/other.yaml. Each leaflet needs its "
            + "own number: give one of them a new one.", d.Message);
    }

    [Fact]
    public void Each_leaflet_of_a_clash_gets_its_own_report()
    {
        var corpus = CorpusOf(("leaflets/a.yaml", "5373/VER1"), ("leaflets/b.yaml", "5373/ver1"));
        var bagA = new Core.Diagnostics.DiagnosticBag("leaflets/a.yaml");
        Rule.Check(TestLeaflet.Load(TestLeaflet.Minimal, "leaflets/a.yaml"), TestLeaflet.Context(corpus: corpus), bagA);
        var bagB = new Core.Diagnostics.DiagnosticBag("leaflets/b.yaml");
        Rule.Check(
            TestLeaflet.Load(TestLeaflet.With("resource_number:", "resource_number: 5373/ver1"), "leaflets/b.yaml"),
            TestLeaflet.Context(corpus: corpus), bagB);
        Assert.Contains("leaflets/b.yaml", Assert.Single(bagA.Items).Message, StringComparison.Ordinal);
        Assert.Contains("leaflets/a.yaml", Assert.Single(bagB.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_other_files_are_all_named()
    {
        var corpus = CorpusOf((TestLeaflet.Name, "5373/VER1"), ("leaflets/b.yaml", "5373/VER1"),
            ("leaflets/c.yaml", "5373/VER1"), ("leaflets/d.yaml", "5373/VER1"));
        var d = TestLeaflet.Single(Rule, TestLeaflet.Minimal, corpus: corpus);
        Assert.Contains("used by leaflets/b.yaml, leaflets/c.yaml and leaflets/d.yaml.", d.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_only_this_leaflet_uses_is_fine()
    {
        var corpus = CorpusOf((TestLeaflet.Name, "5373/VER1"), ("leaflets/other.yaml", "5373/VER2"));
        Assert.Empty(TestLeaflet.Check(Rule, TestLeaflet.Minimal, corpus: corpus));
    }
}

using LeafletTool.Core.Loading;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests.Importing;

public class SentenceCheckTests
{
    [Fact]
    public void A_sentence_missing_from_the_leaflet_is_found()
    {
        var leaflet = LeafletLoader.Load(SourceDocument.FromText("a.yaml",
            "title: T\nsections:\n  - heading: H\n    body:\n      - One. Two\n        continued.\n")).Leaflet!;
        Assert.Empty(SentenceCheck.Missing("T\n\nH\n\nOne. Two\ncontinued.\n", leaflet));
        Assert.Equal(["Three."], SentenceCheck.Missing("T\n\nH\n\nOne. Three.\n", leaflet));
        Assert.Equal(["item"], SentenceCheck.Missing("T\n\n  • item\n", leaflet));
    }
}

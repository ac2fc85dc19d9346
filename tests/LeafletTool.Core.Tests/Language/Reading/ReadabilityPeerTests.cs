using System.Text.Json;
using LeafletTool.Core.Language.Reading;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests.Language.Reading;

/// <summary>
/// The readability numbers agree with a standard implementation: the expected files were written by
/// <c>tools/readability-peer/peer-readability.mjs</c> (npm parse-english 7.0.0, syllable 5.0.1, smog-formula,
/// flesch-kincaid and flesch 2.0.1) from the same leaflets. The requirement is agreement within 0.5.
/// </summary>
public class ReadabilityPeerTests
{
    private const double Tolerance = 0.5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("leaflets/cryotherapy-chronic-pain.yaml", "cryotherapy-chronic-pain")]
    [InlineData("tests/LeafletTool.Core.Tests/Language/Readability/colonoscopy.yaml", "colonoscopy")]
    [InlineData("tests/LeafletTool.Core.Tests/Language/Readability/hand-surgery-aftercare.yaml",
        "hand-surgery-aftercare")]
    // Curly apostrophes ("people’s" is two syllables) and stray page numbers ("2", "Page 3 of 4"), issue 14.
    [InlineData("tests/LeafletTool.Core.Tests/Language/Readability/curly-apostrophes-page-numbers.yaml",
        "curly-apostrophes-page-numbers")]
    public void A_leaflets_scores_agree_with_the_peer_within_half_a_point(string path, string fixture)
    {
        var leaflet = LeafletLoader.Load(SourceDocument.FromText(path, File.ReadAllText(Repo(path)))).Leaflet!;
        var peer = Expected(fixture);

        var scores = Readability.Measure(leaflet);

        AssertAgree(peer, scores);
    }

    [Fact]
    public void The_published_page_text_agrees_with_the_peers_numbers_in_the_notes()
    {
        var paragraphs = File.ReadAllText(Repo("tests/LeafletTool.Core.Tests/Language/Readability/seed-page-text.txt"))
            .Split("\n\n");
        var peer = Expected("seed-page-text");

        var scores = Readability.Measure(paragraphs);

        AssertAgree(peer, scores);
        Assert.Equal((69, 927, 1419, 123), (scores.Sentences, scores.Words, scores.Syllables, scores.Polysyllables));
    }

    private static void AssertAgree(PeerNumbers peer, ReadabilityScores scores)
    {
        Assert.InRange(scores.Smog, peer.Smog - Tolerance, peer.Smog + Tolerance);
        Assert.InRange(scores.FleschKincaidGrade, peer.FleschKincaidGrade - Tolerance,
            peer.FleschKincaidGrade + Tolerance);
        Assert.InRange(scores.FleschReadingEase, peer.FleschReadingEase - Tolerance,
            peer.FleschReadingEase + Tolerance);

        // The counts themselves should be close too: a 2% slip in words or sentences would show a counting bug.
        Assert.InRange(scores.Words, peer.Words * 0.98, peer.Words * 1.02);
        Assert.InRange(scores.Sentences, peer.Sentences * 0.98, peer.Sentences * 1.02);
    }

    private static PeerNumbers Expected(string fixture) =>
        JsonSerializer.Deserialize<PeerNumbers>(
            File.ReadAllText(Repo($"tests/LeafletTool.Core.Tests/Language/Readability/{fixture}.expected.json")),
            Json)!;

    private static string Repo(string path) => Repository.Path(path);

    private sealed record PeerNumbers(int Sentences, int Words, int Syllables, int Polysyllables, double Smog,
        double FleschKincaidGrade, double FleschReadingEase);
}

using System.Text;
using LeafletTool.Cli.Files;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Text;

namespace LeafletTool.Cli.Tests.Validate;

/// <summary>The corpus index's worker encodes each leaflet's counts byte for byte as a <see cref="BinaryWriter"/>
/// writes them (the index file's format), and sums what changed by word.</summary>
public sealed class CorpusIndexWorkerTests
{
    private static readonly string[] Leaflets =
    [
        "- Don't re-use the nurse's café dressing. Café, CAFÉ! The dressing, the dressing.",
        "- The dressing is changed by the nurse; ask the nurse about your dressing. Ünïcödé wörds and Ωmega.",
        "- " + string.Join(' ', Enumerable.Repeat("cryotherapy", 200)) + " " + new string('a', 63),
    ];

    [Fact]
    public void Each_leaflets_counts_are_encoded_as_a_binary_writer_writes_them()
    {
        var worker = new CorpusIndexWorker();
        foreach (var text in Leaflets)
        {
            var leaflet = Load(text);
            LeafletFacts.Count(worker.Counts, leaflet, worker.Prose);
            var facts = LeafletFacts.Of(leaflet, new Core.Language.Prose.ProseScratch());

            using var expected = new MemoryStream();
            using (var writer = new BinaryWriter(expected, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(facts.Words.Length);
                for (var i = 0; i < facts.Words.Length; i++)
                {
                    writer.Write(facts.Words[i]);
                    writer.Write(facts.Counts[i]);
                }
            }

            Assert.Equal(expected.ToArray(), worker.Encode());
        }
    }

    [Fact]
    public void What_changed_is_summed_by_word_and_words_that_cancel_out_are_left_out()
    {
        var worker = new CorpusIndexWorker();
        LeafletFacts.Count(worker.Counts, Load(Leaflets[0]), worker.Prose);
        worker.AddCounted();
        worker.Add([("dressing", 3), ("the", 6), ("nurse", 1), ("gone", 2)], -1);
        LeafletFacts.Count(worker.Counts, Load(Leaflets[1]), worker.Prose);
        worker.AddCounted();

        var changes = worker.Changes().ToDictionary(c => c.Word, c => c.Count);

        Assert.Equal(-2, changes["gone"]);
        Assert.Equal(2, changes["dressing"]);
        Assert.Equal(3, changes["café"]);
        Assert.Equal(2, changes["nurse"]);
        Assert.False(changes.ContainsKey("the"), "used 6 times and taken away 6 times");
    }

    private static Core.Model.Leaflet Load(string paragraph)
    {
        var yaml = ValidLeaflet.Yaml.Replace("- Keep the dressing dry for two days.", paragraph,
            StringComparison.Ordinal);
        return LeafletLoader.Load(SourceDocument.FromText("leaflets/test.yaml", yaml)).Leaflet!;
    }
}

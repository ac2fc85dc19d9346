using System.Diagnostics;
using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Text;

namespace LeafletTool.Bench;

/// <summary>
/// <c>prose FILE</c>: the time of each step from one leaflet's text to its words (load, prose, words, sentences,
/// readability words, corpus counts), to find which step a slow file is slow in.
/// </summary>
internal static class ProseProbe
{
    public static void Run(string file)
    {
        var clock = Stopwatch.StartNew();
        var load = LeafletLoader.Load(SourceDocument.FromText(file, File.ReadAllText(file)));
        Step("load", 0);
        if (load.Leaflet is not { } leaflet) return;
        var prose = LeafletProse.Of(leaflet);
        Step("prose", prose.Texts.Count);
        Step("words", prose.Texts.Sum(t => t.Words.Length));
        Step("sentences", prose.Texts.Sum(t => t.Sentences.Length));
        Step("reading words", prose.Texts.Sum(t => t.ReadingWords.Length));
        _ = Corpus.Build([leaflet]).Words;
        Step("corpus words", 0);

        void Step(string name, int count)
        {
            Console.WriteLine($"{name,-14} {count,8} {clock.Elapsed.TotalMilliseconds,8:0} ms");
            clock.Restart();
        }
    }
}

using System.Diagnostics;
using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Reading;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Language.Words;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Model;
using LeafletTool.Core.Text;

namespace LeafletTool.Bench;

/// <summary>
/// <c>words FOLDER [COUNT]</c>: the word splitting and counting both passes of a check pay, on one thread with the
/// leaflets in memory: the first pass's corpus count, the spelling rules' words, the reading words, readability.
/// Each step is timed five times; the best is printed.
/// </summary>
internal static class WordPhases
{
    public static void Run(string folder, int count)
    {
        var leaflets = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Take(count)
            .Select(f => LeafletLoader.Load(SourceDocument.FromText(f, File.ReadAllText(f))).Leaflet)
            .OfType<Leaflet>().ToList();
        var texts = leaflets.SelectMany(l => LeafletProse.Of(l).Texts.Select(t => t.Value)).ToList();
        Console.WriteLine($"{leaflets.Count} leaflets, {texts.Count} texts, {texts.Sum(t => t.Length)} chars");
        var scratch = new ProseScratch();
        var ranges = new List<TextRange>();
        Time("first-pass count", () =>
        {
            var table = new WordTable<int>();
            foreach (var leaflet in leaflets) WordFrequencies.CountLeafletWithoutSharing(table, leaflet, scratch);
            return table.Count;
        });
        Time("prose words", () => Split(texts, ranges, ProseWords.AddTo));
        Time("reading words", () => Split(texts, ranges, ReadingWords.AddTo));
        var memos = new WordMemos();
        Time("readability", () =>
        {
            var n = 0;
            foreach (var leaflet in leaflets) n += Readability.Measure(LeafletProse.Of(leaflet, scratch), memos).Words;
            return n;
        });
    }

    /// <summary>Splits every text with <paramref name="split"/>; the number of words found.</summary>
    private static int Split(List<string> texts, List<TextRange> ranges, Action<string, List<TextRange>> split)
    {
        var n = 0;
        foreach (var text in texts)
        {
            ranges.Clear();
            split(text, ranges);
            n += ranges.Count;
        }

        return n;
    }

    private static void Time(string name, Func<int> step)
    {
        var best = double.MaxValue;
        var result = 0;
        for (var round = 0; round < 5; round++)
        {
            var clock = Stopwatch.StartNew();
            result = step();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{name,-18} {best,8:0.0} ms  ({result})");
    }
}

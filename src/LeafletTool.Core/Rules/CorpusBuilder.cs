using System.Runtime.InteropServices;
using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Language.Words;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules;

/// <summary>
/// Gathers a <see cref="Corpus"/> one leaflet at a time, on as many threads as there are: each thread adds
/// leaflets to its own <see cref="Part"/> and merges it once at the end, so a leaflet can be let go as soon as
/// it has been added, and memory holds the facts (resource numbers, word counts), not the leaflets.
/// </summary>
/// <param name="countWords">
/// Whether to count the words of every leaflet (for <c>spelling-inconsistent</c>); when false, the corpus's
/// <see cref="Corpus.Words"/> must not be asked for.
/// </param>
public sealed class CorpusBuilder(bool countWords)
{
    /// <summary>Each resource number's file, or files (a list) when several share it: a list a leaflet was about 90
    /// bytes each of 100,000 leaflets.</summary>
    private readonly Dictionary<string, object> byNumber = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>? words = countWords ? new(StringComparer.Ordinal) : null;
    private readonly object gate = new();
    private int count;

    /// <summary>A part for one thread to add leaflets to.</summary>
    public Part NewPart() => new(countWords);

    /// <summary>Adds a part's facts; safe to call from any thread.</summary>
    public void Merge(Part part)
    {
        lock (gate)
        {
            count += part.Count;
            foreach (var (number, file) in part.Numbers) AddNumber(number, file);

            if (words is not null && part.Words is not null)
            {
                for (var i = 0; i < part.Words.Count; i++)
                {
                    var word = part.Words.KeyAt(i);
                    words[word] = words.GetValueOrDefault(word) + part.Words.ValueAt(i);
                }
            }
        }
    }

    /// <summary>Adds the facts of leaflets not loaded (a corpus index's); safe to call from any thread.</summary>
    public void Merge(CorpusSeed seed)
    {
        lock (gate)
        {
            count += seed.Count;
            foreach (var (number, file) in seed.Numbers) AddNumber(number, file);

            if (words is null) return;
            foreach (var (word, uses) in seed.Words) words[word] = words.GetValueOrDefault(word) + uses;
        }
    }

    private void AddNumber(string number, string file)
    {
        ref var files = ref CollectionsMarshal.GetValueRefOrAddDefault(byNumber, number, out var exists);
        if (!exists) files = file;
        else if (files is List<string> list) list.Add(file);
        else files = new List<string>(2) { (string)files!, file };
    }

    /// <summary>The corpus of every part merged so far; it keeps only the resource numbers leaflets share.</summary>
    public Corpus Build()
    {
        var shared = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, files) in byNumber)
        {
            if (files is not List<string> list) continue;
            list.Sort(StringComparer.Ordinal);
            shared.Add(number, list);
        }

        // The counts are captured on their own: a lambda reading the field would keep this builder, and with it every
        // leaflet's resource number, for as long as the corpus.
        var counted = words;
        return new Corpus(shared, count, counted is null
            ? () => throw new InvalidOperationException("The corpus was gathered without word counts.")
            : () => new WordFrequencies(counted));
    }

    /// <summary>One thread's share of the facts; not thread-safe.</summary>
    public sealed class Part
    {
        internal Part(bool countWords) => Words = countWords ? new(4096) : null;

        internal List<(string Number, string File)> Numbers { get; } = [];

        internal WordTable<int>? Words { get; }

        internal int Count { get; private set; }

        /// <summary>The lists this part's thread walks prose into.</summary>
        private readonly ProseScratch prose = new();

        /// <summary>Adds what the corpus needs of one leaflet; the leaflet is not kept.</summary>
        public void Add(Leaflet leaflet)
        {
            Count++;
            if (leaflet.ResourceNumber is { } number) Numbers.Add((number.Value.Trim(), leaflet.File));
            if (Words is not null) WordFrequencies.CountLeafletWithoutSharing(Words, leaflet, prose);
        }
    }
}

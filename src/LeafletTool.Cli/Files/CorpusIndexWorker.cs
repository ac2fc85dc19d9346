using System.Buffers.Binary;
using System.Text;
using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Validation;

namespace LeafletTool.Cli.Files;

/// <summary>
/// One thread's state while the corpus index takes the facts of changed files (<see cref="CorpusIndex"/>): its YAML
/// and prose scratch, the table it counts each leaflet into (whose words keep their entries from leaflet to leaflet,
/// so a word is made into a string once per thread, not once per leaflet), its sum of what changed by those entries
/// (no look-up of the words again), and the buffer each leaflet's counts are encoded in as the index keeps them.
/// </summary>
internal sealed class CorpusIndexWorker
{
    private int[] delta = new int[4096];
    private byte[] encoded = new byte[16 * 1024];

    public CheckWorker Worker { get; } = new();

    public ProseScratch Prose { get; } = new();

    /// <summary>The leaflet just counted; never emptied while this thread runs, as <see cref="delta"/> keeps sums by
    /// its entries.</summary>
    public LeafletWordCounts Counts { get; } = new(int.MaxValue);

    /// <summary>Adds the leaflet just counted to what changed.</summary>
    public void AddCounted()
    {
        Fit();
        for (var i = 0; i < Counts.Count; i++) delta[Counts.IdAt(i)] += Counts.ValueAt(i);
    }

    /// <summary>Adds (or takes away) word counts from the index to what changed.</summary>
    public void Add(IEnumerable<(string Word, int Count)> words, int sign)
    {
        foreach (var (word, count) in words)
        {
            var entry = Counts.EntryOf(word);
            Fit();
            delta[entry] += sign * count;
        }
    }

    /// <summary>Every word whose sum changed, and by how much.</summary>
    public IEnumerable<(string Word, int Count)> Changes()
    {
        for (var entry = 0; entry < Counts.Entries; entry++)
        {
            if (entry < delta.Length && delta[entry] != 0) yield return (Counts.WordOf(entry), delta[entry]);
        }
    }

    /// <summary>
    /// The leaflet just counted as the index keeps its counts, byte for byte as a <see cref="BinaryWriter"/> in UTF-8
    /// writes them: how many words, then each word (its length in bytes, 7 bits a byte, then its UTF-8) and its count.
    /// Made on the thread that counted them, so that saving the index only copies them.
    /// </summary>
    public byte[] Encode()
    {
        var at = 0;
        Reserve(ref at, 4);
        BinaryPrimitives.WriteInt32LittleEndian(encoded, Counts.Count);
        for (var i = 0; i < Counts.Count; i++)
        {
            var word = Counts.KeyAt(i);
            var length = Encoding.UTF8.GetByteCount(word);
            var start = at;
            Reserve(ref at, length + 9);
            at = start;
            for (var rest = (uint)length; ; rest >>= 7)
            {
                if (rest < 0x80)
                {
                    encoded[at++] = (byte)rest;
                    break;
                }

                encoded[at++] = (byte)(rest | 0x80);
            }

            at += Encoding.UTF8.GetBytes(word, encoded.AsSpan(at));
            BinaryPrimitives.WriteInt32LittleEndian(encoded.AsSpan(at), Counts.ValueAt(i));
            at += 4;
        }

        return encoded.AsSpan(0, at).ToArray();
    }

    /// <summary>Makes room for <paramref name="bytes"/> more bytes at <paramref name="at"/>, and moves past them.
    /// </summary>
    private void Reserve(ref int at, int bytes)
    {
        if (at + bytes > encoded.Length) Array.Resize(ref encoded, Math.Max(encoded.Length * 2, at + bytes));
        at += bytes;
    }

    private void Fit()
    {
        if (Counts.Entries > delta.Length) Array.Resize(ref delta, Math.Max(delta.Length * 2, Counts.Entries));
    }
}

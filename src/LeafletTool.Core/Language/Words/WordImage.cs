using System.Buffers.Binary;

namespace LeafletTool.Core.Language.Words;

/// <summary>
/// The word lists as the build laid them out (<see cref="WordImageBuilder"/>): embedded uncompressed and read where
/// they lie, in the program's own mapped image, so that a run pays only for the pages its look-ups touch: no
/// unpacking, no hashing of 170,000 words, no copy. The sections, in order: the dictionary's text and hash table, the
/// common words', the medical lexicon's, the word ranks', the suggestion index (buckets, masks, offsets), and the
/// number of keys of each list.
/// </summary>
internal static unsafe class WordImage
{
    public const string ResourceName = "LeafletTool.Core.Language.Data.word-tables.bin";

    private static readonly Lazy<Region> Whole = new(Load);

    public static Utf8Words Dictionary => ListAt(0);

    public static Utf8Words Common => ListAt(1);

    public static Utf8Words Medical => ListAt(2);

    public static Utf8Words Ranks => ListAt(3, (byte)'\t');

    /// <summary>The suggestion index: for each length its first entry and how many (two ints).</summary>
    public static ReadOnlySpan<int> SuggestionBuckets => Section<int>(8);

    /// <summary>Each suggestion entry's letter mask.</summary>
    public static ReadOnlySpan<uint> SuggestionMasks => Section<uint>(9);

    /// <summary>Where each suggestion entry's word starts in the dictionary's text.</summary>
    public static ReadOnlySpan<int> SuggestionOffsets => Section<int>(10);

    private static Utf8Words ListAt(int list, byte separator = (byte)'\n')
    {
        var (text, length) = Section(list * 2);
        var (slots, size) = Section((list * 2) + 1);
        return new Utf8Words((byte*)text, length, (uint*)slots, size / 4,
            Section<int>(11)[list], separator, Whole.Value.Owner);
    }

    private static ReadOnlySpan<T> Section<T>(int index) where T : unmanaged
    {
        var (pointer, length) = Section(index);
        return new ReadOnlySpan<T>((void*)pointer, length / sizeof(T));
    }

    private static (nint Pointer, int Length) Section(int index)
    {
        var whole = Whole.Value;
        var header = new ReadOnlySpan<byte>(whole.Pointer, whole.Length);
        var start = BinaryPrimitives.ReadInt32LittleEndian(header[(12 + (index * 8))..]);
        var length = BinaryPrimitives.ReadInt32LittleEndian(header[(16 + (index * 8))..]);
        return ((nint)(whole.Pointer + start), length);
    }

    /// <summary>The embedded image where it lies (an assembly's resources are mapped with it); copied once into
    /// memory that never moves when the runtime hands over a stream without a pointer.</summary>
    private static Region Load()
    {
        var stream = typeof(WordImage).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The word lists are missing from this build of LeafletTool.");
        Region region;
        if (stream is UnmanagedMemoryStream mapped)
        {
            region = new Region(mapped.PositionPointer, checked((int)mapped.Length), mapped);
        }
        else
        {
            var copy = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length), pinned: true);
            stream.ReadExactly(copy);
            stream.Dispose();
            fixed (byte* pointer = copy) region = new Region(pointer, copy.Length, copy);
        }

        var header = new ReadOnlySpan<byte>(region.Pointer, region.Length);
        if (!header.StartsWith("LTWT"u8)
            || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != WordImageBuilder.Version)
            throw new InvalidOperationException("The word lists of this build of LeafletTool are of another version.");
        return region;
    }

    /// <summary>Where the image is, and what keeps it there.</summary>
    private sealed class Region(byte* pointer, int length, object owner)
    {
        public byte* Pointer { get; } = pointer;

        public int Length { get; } = length;

        public object Owner { get; } = owner;
    }
}

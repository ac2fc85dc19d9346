using System.IO.Compression;
using System.Text;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Language.Words;

namespace LeafletTool.Core.Tests.Language.Words;

/// <summary>The word image embedded at build time is what the word lists give, and reads as the lists read.</summary>
public class WordImageTests
{
    private static readonly Lazy<byte[]> Large = new(() => List("british-english-large.txt.gz"));
    private static readonly Lazy<byte[]> Extra = new(() => List("en-gb-hunspell-extra.txt.gz"));
    private static readonly Lazy<byte[]> Medical = new(() => List("medical-lexicon.txt.gz"));

    /// <summary>A word list of the repository, unpacked.</summary>
    public static byte[] List(string name)
    {
        var path = Repository.Path("src", "LeafletTool.Core", "Language", "Data", name);
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var unpacked = new MemoryStream();
        gzip.CopyTo(unpacked);
        return unpacked.ToArray();
    }

    [Fact]
    public void The_embedded_image_is_the_image_of_the_word_lists()
    {
        using var stream = typeof(WordSet).Assembly.GetManifestResourceStream(WordImage.ResourceName);
        Assert.NotNull(stream);
        using var embedded = new MemoryStream();
        stream.CopyTo(embedded);

        var built = WordImageBuilder.Build(Large.Value, Extra.Value, Medical.Value,
            List("british-english-small.txt.gz"), List("word-ranks.tsv.gz"));

        Assert.True(built.AsSpan().SequenceEqual(embedded.ToArray()), "rebuild the core: the image is out of date");
    }

    [Fact]
    public void The_dictionary_has_the_words_of_its_lists_in_the_order_listed()
    {
        var joined = WordImageBuilder.Join(Large.Value, Extra.Value, Medical.Value);
        var fromLists = Utf8Words.TryFromLines(joined, joined.Length);

        Assert.NotNull(fromLists);
        Assert.Equal(fromLists.Words, EnglishDictionary.Words.Words);
        Assert.Equal(fromLists.Count, EnglishDictionary.Words.Count);
        Assert.True(EnglishDictionary.Words.ContainsExactly("haemorrhage"));
        Assert.False(EnglishDictionary.Words.ContainsExactly("hemorrhage"));
    }

    [Fact]
    public void The_common_words_and_the_medical_lexicon_are_their_lists()
    {
        var small = Encoding.UTF8.GetString(List("british-english-small.txt.gz")).Split('\n');
        var medical = Encoding.UTF8.GetString(Medical.Value).Split('\n');

        Assert.Equal(small.Where(w => w.Length > 0).Distinct(), EnglishDictionary.Common.Words);
        Assert.Equal(medical.Where(w => w.Length > 0).Distinct(), EnglishDictionary.Medical.Words);
    }

    [Theory]
    [InlineData("recieve", 2)]
    [InlineData("paitent", 2)]
    [InlineData("cryotheraphy", 2)]
    [InlineData("anaesthetc", 1)]
    [InlineData("polish", 1)]
    [InlineData("xq", 1)]
    [InlineData("café", 1)]
    public void The_suggestion_index_read_in_place_finds_what_one_built_from_the_words_finds(string word, int distance)
    {
        var built = new SuggestionIndex(EnglishDictionary.Words.Words.ToList());

        Assert.Equal(built.Near(word, distance), SuggestionIndex.OfDictionary().Near(word, distance));
    }

    [Fact]
    public void Each_ranked_word_has_the_figures_of_its_line()
    {
        var lines = Encoding.UTF8.GetString(List("word-ranks.tsv.gz"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines.Where((_, i) => i % 97 == 0))
        {
            var columns = line.Split('\t');
            var rank = WordRanks.Of(columns[0]);
            Assert.Equal(int.Parse(columns[1], System.Globalization.CultureInfo.InvariantCulture), rank.Leaflets);
        }

        Assert.Equal(0, WordRanks.Of("qzxv").Leaflets);
    }
}

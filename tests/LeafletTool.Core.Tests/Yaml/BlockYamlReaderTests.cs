using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Tests.Yaml;

/// <summary>
/// The fast reader must give exactly what YamlDotNet gives (nodes, values, styles, every position) for all text it
/// accepts, and give up on the rest. Each case is also tried with CRLF line ends and without the last line break.
/// </summary>
public class BlockYamlReaderTests
{
    public static TheoryData<string> Accepted => new()
    {
        "a: x\n",
        "a: x\nb: >-\n  one\n  two\n\n  three\n\nc: z\n",
        "a: |\n  l1\n\n  l3\n    deeper\n  \n# trailing\nc: y # cc\n",
        "--- # document\n# comment\na:\n  - x\n  # c1\n\n  # c2\nb: y\n",
        "a:\n  - p: 1\n    q: |-\n      l1\n      l2\n  - \"s\"\n  - plain # c\nd:\n- i1\n- i2\ne: z\n",
        "s:\n  - a: >-\n      x\n      y\n     \n    b: c\n",
        "a:\nb: x  \nc: \n  # com\nd: 'it''s'  # q\ne: \"q\"\nf:\n",
        "a: # nothing here\nb: -5\nc: https://example.org/a#b\nd: 'a # b'\n",
        "list:\n  - Note: this is a key\n  - -dash\n  - x\ntitle: Ünïcödé – “quotes” é\n",
        "a:\n  b:\n    c:\n      - d\n  e: f\ng: >\n  folded\n  clip\n\n\n",
        "sections:\n- heading: H\n  body:\n  - one\n  - bullets:\n    - x\n    - y\n- heading: I\n",
    };

    public static TheoryData<string> GivenUp => new()
    {
        "a: [x, y]\n",
        "a: {x: 1}\n",
        "a: &anchor x\nb: *anchor\n",
        "a: !tag x\n",
        "a: plain that\n  runs on\n",
        "a: 'quoted that\n  runs on'\n",
        "a: \"escape \\n\"\n",
        "a: |+\n  keep\n\n",
        "a: >2\n   indented\n",
        "a: >\n  one\n    more indented\n  back\n",
        "a: |\n\n  leading blank\n",
        "a: x\na: y\n",
        "<<: x\n",
        "a: x\n---\nb: y\n",
        "%YAML 1.2\n---\na: x\n",
        "a:\tx\n",
        "a: x\rb: y\n",
        "- a\n- b\n",
        "just text\n",
        "",
        "# only a comment\n",
        "a: b: c\n",
        "a: x\n  b: y\n",
        "? a\n: b\n",
        "\"a\": b\n",
        "a : b\n",
        "a:\n  - x\n  b: y\n",
        "a: x\n- y\n",
        "a: |\n  x",
        "a: 'x'y\n",
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Reads_the_block_style_exactly_as_YamlDotNet_does(string yaml)
    {
        foreach (var variant in Variants(yaml))
        {
            Assert.True(SameAsYamlDotNet(variant), $"gave up on:\n{variant}");
        }
    }

    [Theory]
    [MemberData(nameof(GivenUp))]
    public void Gives_up_on_what_it_does_not_read(string yaml)
    {
        Assert.Null(BlockYamlReader.TryRead(yaml));
        Assert.Null(BlockYamlReader.TryRead(yaml.Replace("\n", "\r\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void Leaves_deep_nesting_to_YamlDotNet_and_reads_shallower_nesting_itself()
    {
        static string Nested(int levels) =>
            string.Concat(Enumerable.Range(0, levels).Select(i => new string(' ', i) + "k:\n"))
                + new string(' ', levels) + "v: x\n";

        Assert.True(SameAsYamlDotNet(Nested(40)));
        Assert.Null(BlockYamlReader.TryRead(Nested(100)));
        // Past 64 levels YamlDotNet's reading is refused too: a yaml-syntax error, not a stack overflow.
        var deep = YamlDocumentReader.Read(new SourceDocument("deep.yaml", Nested(100)));
        Assert.Null(deep.Root);
        var error = Assert.Single(deep.Diagnostics);
        Assert.Contains("nested more than 64 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_every_sample_leaflet_and_configuration_itself()
    {
        var files = Directory.GetFiles(Path.Combine(Repository.SeedRoot(), "leaflets"), "*.yaml");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = SourceDocument.FromText(file, File.ReadAllText(file)).Text;
            foreach (var variant in Variants(text))
            {
                Assert.True(SameAsYamlDotNet(variant), $"gave up on {file}");
            }
        }
    }

    [Fact]
    public void Randomly_edited_leaflets_read_the_same_or_are_left_to_YamlDotNet()
    {
        var seed = File.ReadAllText(Path.Combine(Repository.SeedRoot(), "leaflets", "cryotherapy-chronic-pain.yaml"));
        string[] pieces = [" ", "\n", "\r\n", "  ", "'", "\"", "''", "#", " #", ": ", "- ", "-", ">", "|", ">-", "|-",
            "x", "\n\n", "é", "---", "\n  ", "\n- ", ":"];
        var random = new Random(20261124);
        var accepted = 0;
        const int Rounds = 2000;
        for (var round = 0; round < Rounds; round++)
        {
            var text = RandomEdits.Apply(seed, random, pieces);

            if (SameAsYamlDotNet(text)) accepted++;
        }

        // Most single edits leave valid block YAML: the fast reader must be taking them, not giving up on everything.
        Assert.InRange(accepted, Rounds / 3, Rounds);
    }

    [Fact]
    public void A_shorter_text_read_after_a_longer_one_on_the_same_thread_keeps_nothing_of_it()
    {
        // The lines of a text are found into arrays the thread keeps for the next one: a short text after a long one
        // must not see the long one's lines past its own.
        var longer = string.Concat(Enumerable.Range(0, 300).Select(i => $"k{i}: value {i}\n"));
        foreach (var text in new[] { longer, "a: x\nb: |\n  one\n", longer[..^1], "a: x", "a:\n  - y\n" })
        {
            Assert.True(SameAsYamlDotNet(text), $"gave up on:\n{text}");
        }
    }

    [Fact]
    public void Keys_of_the_same_name_read_with_one_scratch_share_one_string()
    {
        var scratch = new YamlScratch();
        var first = (YamlMapping)BlockYamlReader.TryRead("heading: x\nbody: y\n", scratch)!;
        var second = (YamlMapping)BlockYamlReader.TryRead("body: z\nheading: w\n", scratch)!;
        Assert.Same(first.Entries[0].Key.Value, second.Entries[1].Key.Value);
        Assert.Same(first.Entries[1].Key.Value, second.Entries[0].Key.Value);
        Assert.Equal("heading", second.Entries[1].Key.Value);
    }

    /// <summary>True when the fast reader took the text (and then gave YamlDotNet's tree); false when it gave
    /// up.</summary>
    private static bool SameAsYamlDotNet(string text)
    {
        var fast = BlockYamlReader.TryRead(text);
        if (fast is null) return false;
        var full = YamlDocumentReader.ReadWithYamlDotNet(new SourceDocument("t.yaml", text));
        if (full.Diagnostics.Count > 0)
            Assert.Fail($"fast reader took text YamlDotNet reports ({full.Diagnostics[0].Message}):\n{text}");
        var difference = YamlTreeDifference.Find(full.Root, fast);
        Assert.True(difference is null, $"{difference} in:\n{text}");
        return true;
    }

    /// <summary>The text as written, with CRLF line ends, and without its last line break (which the reader may leave
    /// to
    /// YamlDotNet when a block would then end the file: checked when taken, not required).</summary>
    private static IEnumerable<string> Variants(string yaml)
    {
        yield return yaml;
        yield return yaml.Replace("\n", "\r\n", StringComparison.Ordinal);
        _ = SameAsYamlDotNet(yaml.TrimEnd('\n'));
    }
}

using System.Buffers;
using System.Text;
using LeafletTool.Core.Config;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Rendering.View;
using LeafletTool.Core.Tests.Building;

namespace LeafletTool.Core.Tests.Rendering;

/// <summary>
/// The index runs through the compiled tree and is written in pieces as it is rendered: the same bytes as Scriban's,
/// and, where the tree gives up part way through a page it has begun to write, Scriban's page from the start.
/// </summary>
public class IndexTreeTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public void The_shipped_index_template_is_compiled() =>
        Assert.True(RepoTemplates.Set.IsCompiled(PageFormats.IndexTemplate));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void The_tree_writes_the_index_Scriban_writes(int leaflets)
    {
        var files = RepoFiles();
        var index = Index(leaflets);

        var tree = Render(Set(files, directIncludes: true), index);
        var scriban = Render(Set(files, directIncludes: false), index);

        Assert.Equal(scriban, tree);
        var count = leaflets switch { 0 => "<p>No leaflets", 1 => "1 leaflet,", _ => $"{leaflets} leaflets," };
        Assert.Contains(count, tree, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_index_is_written_in_pieces_as_the_whole_text_encoded()
    {
        var index = Index(12_000);
        var text = Render(RepoTemplates.Set, index);
        var into = new Restartable();

        Assert.Null(RepoTemplates.Set.RenderLargeUtf8(PageFormats.IndexTemplate, Model(index), into));

        Assert.True(text.Length > 3 * PageOutput.SpillAt, $"the index is only {text.Length} characters");
        Assert.True(into.Biggest <= 4 * PageOutput.SpillAt, $"a piece of {into.Biggest} bytes");
        Assert.Equal(0, into.Restarts);
        Assert.Equal(Utf8.GetBytes(text), into.Bytes);
    }

    [Fact]
    public void Where_the_tree_gives_up_after_pieces_were_written_Scriban_writes_the_page_from_the_start()
    {
        // The tree writes the list, then meets an object to write out, which only Scriban writes.
        var files = new Dictionary<string, string>
        {
            [PageFormats.IndexTemplate] = "{{ for l in index.leaflets }}<li>{{ l.title }}</li>\n{{ end }}{{ trust }}",
        };
        var index = Index(40_000);
        var tree = Set(files, directIncludes: true);
        var into = new Restartable();

        Assert.True(tree.IsCompiled(PageFormats.IndexTemplate));
        Assert.Null(tree.RenderLargeUtf8(PageFormats.IndexTemplate, Model(index), into));

        Assert.Equal(1, into.Restarts);
        Assert.Equal(Utf8.GetBytes(Render(Set(files, directIncludes: false), index)), into.Bytes);
    }

    [Fact]
    public void A_page_spilled_into_a_writer_that_cannot_drop_it_is_never_started_again()
    {
        var output = new PageOutput().SpillingTo(new ArrayBufferWriter<byte>());
        var text = new string('x', PageOutput.SpillAt);
        output.Write(text, 0, text.Length);
        output.Write(text, 0, text.Length);

        Assert.Throws<InvalidOperationException>(() => output.Emptied());
    }

    private static IndexView Index(int leaflets) => IndexViewBuilder.Build(ProjectConfig.Default,
        Enumerable.Range(0, leaflets).Select(i => new IndexEntry($"Leaflet {i:D5} – “{i}” & <b>", $"leaflet-{i}",
            i % 7 == 0 ? "ar" : "en-GB", i % 7 == 0 ? "rtl" : "ltr", $"{i:D4}/VER1", "Owner", "1 May 2026",
            "1 May 2029", "current", "Current",
            new FileLinks($"leaflet-{i}.html", i % 2 == 0 ? $"leaflet-{i}.print.html" : null, null,
                i % 3 == 0 ? $"leaflet-{i}.txt" : null))).ToList());

    private static Scriban.Runtime.ScriptObject Model(IndexView index) =>
        ScriptModel.ForIndex(index, LabelTables.BuiltIn.For(index.Language));

    private static string Render(TemplateSet set, IndexView index) =>
        set.Render(PageFormats.IndexTemplate, Model(index)).Text ?? throw new InvalidOperationException("failed");

    private static Dictionary<string, string> RepoFiles()
    {
        var root = Path.Combine(Repository.Root(), "templates");
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText);
    }

    private static TemplateSet Set(Dictionary<string, string> files, bool directIncludes)
    {
        var (set, errors) = TemplateSet.Compile(new MemoryTemplates(files), [PageFormats.IndexTemplate],
            directIncludes);
        Assert.Empty(errors);
        return set!;
    }

    /// <summary>Bytes in memory that can be dropped, counting the drops and the largest piece.</summary>
    private sealed class Restartable : IRestartableWriter
    {
        private readonly ArrayBufferWriter<byte> bytes = new();

        public int Restarts { get; private set; }

        public int Biggest { get; private set; }

        public byte[] Bytes => bytes.WrittenSpan.ToArray();

        public void Restart()
        {
            bytes.ResetWrittenCount();
            Restarts++;
        }

        public void Advance(int count)
        {
            Biggest = Math.Max(Biggest, count);
            bytes.Advance(count);
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => bytes.GetMemory(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => bytes.GetSpan(sizeHint);
    }
}

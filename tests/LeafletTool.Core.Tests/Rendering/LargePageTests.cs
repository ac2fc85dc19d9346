using System.Buffers;
using System.Text;
using LeafletTool.Core.Config;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Rendering.View;
using LeafletTool.Core.Tests.Building;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests.Rendering;

/// <summary>A very large page (the index of a big library) is encoded as it is written, a megabyte at a time, and
/// comes out as the same bytes as the whole text encoded.</summary>
public class LargePageTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static byte[] Whole(IEnumerable<string> writes)
    {
        var output = new PageOutput();
        foreach (var text in writes) output.Write(text, 0, text.Length);
        return Utf8.GetBytes(output.Text());
    }

    private static (byte[] Bytes, int Spilled) Spilling(IEnumerable<string> writes)
    {
        var bytes = new ArrayBufferWriter<byte>();
        var output = new PageOutput().SpillingTo(bytes);
        var spilled = 0;
        foreach (var text in writes)
        {
            output.Write(text, 0, text.Length);
            spilled = Math.Max(spilled, bytes.WrittenCount);
        }

        output.EncodeTo(bytes);
        return (bytes.WrittenSpan.ToArray(), spilled);
    }

    [Fact]
    public void A_line_ending_split_where_the_output_spills_is_still_one_line_ending()
    {
        string[] writes = [new string('a', PageOutput.SpillAt - 1) + "\r", "\nb\r\n", "é\r"];

        var (bytes, spilled) = Spilling(writes);

        Assert.True(spilled > 0);
        Assert.Equal(Whole(writes), bytes);
        Assert.DoesNotContain((byte)'\r', bytes.AsSpan(0, bytes.Length - 1).ToArray());
    }

    [Fact]
    public void Many_writes_of_several_megabytes_give_the_bytes_of_the_whole_text()
    {
        var writes = Enumerable.Range(0, 60_000).Select(i => $"<li>Leaflet {i} – café\r\n{new string('x', i % 97)}")
            .ToList();

        var (bytes, spilled) = Spilling(writes);

        Assert.True(spilled > PageOutput.SpillAt);
        Assert.Equal(Whole(writes), bytes);
    }

    [Fact]
    public void The_index_of_thousands_of_leaflets_in_bytes_is_the_index_text_encoded()
    {
        var leaflet = LeafletLoader.Load(SourceDocument.FromText("leaflets/x.yaml", TestLeaflet.Minimal)).Leaflet!;
        var view = LeafletViewBuilder.Build(leaflet, ProjectConfig.Default, new DateOnly(2026, 11, 23),
            Core.Rendering.Inline.InlineStyle.Html);
        var built = Enumerable.Range(0, 6_000).Select(i => new IndexViewBuilder.Built(
            view with { Title = $"Leaflet {i} – “{i}”", Slug = $"leaflet-{i}" },
            new FileLinks($"leaflet-{i}.html", null, null, null))).ToList();
        var renderer = new LeafletRenderer(RepoTemplates.Set);
        var text = renderer.RenderIndex(ProjectConfig.Default, built).Text!;
        var bytes = new ArrayBufferWriter<byte>();

        Assert.Null(renderer.RenderIndexUtf8(ProjectConfig.Default, built, bytes));

        Assert.True(text.Length > PageOutput.SpillAt, $"the index is only {text.Length} characters");
        Assert.Equal(Utf8.GetBytes(text), bytes.WrittenSpan.ToArray());
    }
}

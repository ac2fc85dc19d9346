using System.Text;
using LeafletTool.Cli.Serve;

namespace LeafletTool.Cli.Tests.Serve;

/// <summary>
/// Issue 17, memory: a preview of a thousand leaflets runs for hours, so a build must not hold a second copy of
/// every page, nor a snapshot hold on to the one before it.
/// </summary>
public sealed class PreviewMemoryTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private PreviewBuilder Builder()
    {
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        folder.Write("leaflets/dressing.yaml", ValidLeaflet.Yaml.Replace("Caring for your wound",
            "Changing your dressing", StringComparison.Ordinal).Replace("1001/VER1", "1002/VER1",
            StringComparison.Ordinal));
        return new PreviewBuilder(Path.Combine(folder.Path, "leaflets"), Path.Combine(Repository.Root(), "templates"),
            folder.Path, _ => null, () => new DateOnly(2026, 11, 23));
    }

    [Fact]
    public void A_build_after_an_edit_keeps_the_unchanged_pages_of_the_last_build_not_copies()
    {
        var builder = Builder();
        var first = builder.Full();
        Assert.True(first.IsBuilt("dressing"), string.Join("; ", first.FindingsOf("dressing")));
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml.Replace("Caring for your wound",
            "Looking after your wound", StringComparison.Ordinal));

        var quick = builder.Quick(first, new HashSet<string>(StringComparer.Ordinal) { "wound-care.yaml" });
        foreach (var next in new[] { builder.Full(first), quick })
        {
            foreach (var name in new[] { "dressing.html", "dressing.print.html", "dressing.txt" })
            {
                Assert.Same(first.Pages[name].Bytes, next.Pages[name].Bytes);
            }

            Assert.NotSame(first.Pages["wound-care.html"].Bytes, next.Pages["wound-care.html"].Bytes);
            Assert.Contains("Looking after your wound", Encoding.UTF8.GetString(next.Pages["wound-care.html"].Bytes),
                StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Many_edits_leave_one_snapshot_alive_and_no_stream_of_a_reloaded_page_behind()
    {
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        using var host = new PreviewHost(folder);
        var snapshots = new List<WeakReference>();
        for (var i = 1; i <= 6; i++)
        {
            var stamp = host.Session.Current.StampOf("wound-care");
            using var events = await host.Client.GetAsync($"{PreviewPanel.EventsPath}?page=wound-care&stamp={stamp}",
                HttpCompletionOption.ResponseHeadersRead);
            using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
            Assert.Equal(": connected", await reader.ReadLineAsync());
            var title = $"Caring for your wound, take {i}";
            folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml.Replace("Caring for your wound", title,
                StringComparison.Ordinal));
            string? line;
            do line = await reader.ReadLineAsync();
            while (line is not null && line != "data: reload");
            Assert.Equal("data: reload", line);
            snapshots.Add(new WeakReference(host.Session.Current));
        }

        var current = host.Session.Current;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Equal(0, host.Session.OpenStreams);
        Assert.True(snapshots.Count(w => w.IsAlive && !ReferenceEquals(w.Target, current)) <= 1);
        GC.KeepAlive(current);
    }
}

using System.Diagnostics;
using System.Text;
using LeafletTool.Cli.Output;
using LeafletTool.Core.Config;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Inline;
using LeafletTool.Core.Rendering.PlainText;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Rendering.View;
using LeafletTool.Core.Validation;

namespace LeafletTool.Bench;

/// <summary>
/// Times each phase of making one leaflet's three pages in one thread, input in memory: the view for each style,
/// the Scriban render of each entry template, the plain-text layout, UTF-8 encoding, the whole
/// <see cref="LeafletRenderer"/> call per format, and writing the three files through the <see cref="OutputFolder"/>
/// (into an empty folder, then again with nothing changed). CPU ms and bytes allocated per leaflet.
/// Options: <c>--count N</c> (leaflets, default 1000), <c>--rounds R</c> (default 3; the last is the warm one),
/// <c>--out DIR</c> (where the written files go, default a new folder under the system temp folder, removed after),
/// <c>--pages-only</c> (only the three pages as a build makes them, nothing written).
/// </summary>
internal static class RenderPhases
{
    public static void Run(string folder, ITemplateSource source, IReadOnlyList<string> options)
    {
        var count = Option(options, "--count", 1000);
        var rounds = Option(options, "--rounds", 3);
        var outRoot = options.SkipWhile(o => o != "--out").Skip(1).FirstOrDefault()
            ?? Path.Combine(Path.GetTempPath(), $"leaflet-render-bench-{Environment.ProcessId}");
        var config = ProjectConfig.Default;
        var files = Directory.GetFiles(folder, "*.yaml")
            .Where(f => !f.EndsWith("leaflettool.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Take(count).ToArray();
        var leaflets = files.Select(
            f => LeafletValidator.Load(new LeafletInput(f, File.ReadAllText(f), config, true)).Leaflet!).ToList();
        var (set, _) = TemplateSet.Compile(source,
            PageFormats.All.Select(f => f.Template()).Append(PageFormats.IndexTemplate));
        var renderer = new LeafletRenderer(set!);
        var asOf = new DateOnly(2026, 11, 23);
        var links = new FileLinks("a.html", "a.print.html", null, "a.txt");
        var utf8 = new UTF8Encoding(false);
        Console.WriteLine($"{leaflets.Count} leaflets, {rounds} rounds (the figures of the last round are the warm "
            + "ones)");
        if (options.Contains("--pages-only"))
        {
            PagesOnly(renderer, leaflets, config, asOf, links, rounds);
            return;
        }

        try
        {
            for (var round = 0; round < rounds; round++)
            {
                Console.WriteLine($"-- round {round + 1}");
                foreach (var style in new[] { InlineStyle.Html, InlineStyle.Print, InlineStyle.Text })
                    Time($"view {style}", leaflets.Count,
                        () => { foreach (var l in leaflets) LeafletViewBuilder.Build(l, config, asOf, style); });
                var htmlViews = leaflets.Select(l => LeafletViewBuilder.Build(l, config, asOf, InlineStyle.Html))
                    .ToList();
                var trust = LeafletViewBuilder.Trust(config, InlineStyle.Html);
                var page = new PageView("html", false, links);
                Time("script model (html)", leaflets.Count,
                    () => { foreach (var v in htmlViews) ScriptModel.ForLeaflet(v, trust, page); });
                var texts = new string[leaflets.Count];
                foreach (var format in PageFormats.All)
                {
                    var requests = leaflets.Select(l => new RenderRequest(l, config, asOf, false, links)).ToList();
                    var views = leaflets.Select(l => LeafletViewBuilder.Build(l, config, asOf, format.Style()))
                        .ToList();
                    Time($"render {format}, view given", leaflets.Count,
                        () => { for (var i = 0; i < views.Count; i++) texts[i] = renderer.Render(requests[i], format,
                        views[i]).Text!; });
                }

                var raw = leaflets.Select(l => set!.Render(PageFormat.Text.Template(), ScriptModel.ForLeaflet(
                    LeafletViewBuilder.Build(l, config, asOf, InlineStyle.Text),
                    LeafletViewBuilder.Trust(config, InlineStyle.Text), new PageView("text", false, links))).Text!)
                    .ToList();
                Time("  of which text layout", leaflets.Count, () => { foreach (var t in raw) TextWrapper.Layout(t); });
                var pages = new List<(string Slug, string Html, string Print, string Text)>();
                Time("all three pages (public API)", leaflets.Count, () =>
                {
                    pages.Clear();
                    foreach (var l in leaflets)
                    {
                        var request = new RenderRequest(l, config, asOf, false, links);
                        pages.Add(
                            (l.Slug, renderer.Render(request, PageFormat.Html).Text!,
                            renderer.Render(request, PageFormat.Print).Text!,
                            renderer.Render(request, PageFormat.Text).Text!));
                    }
                });
                var bytes = new List<(string Slug, byte[] Html, byte[] Print, byte[] Text)>();
                Time("UTF-8 encode of three pages", leaflets.Count, () =>
                {
                    foreach (var p in pages)
                        bytes.Add((p.Slug, utf8.GetBytes(p.Html), utf8.GetBytes(p.Print), utf8.GetBytes(p.Text)));
                });
                Console.WriteLine("  bytes per leaflet: "
                    + $"{bytes.Average(b => b.Html.Length + b.Print.Length + b.Text.Length):0}");
                var target = Path.Combine(outRoot, $"round-{round}");
                Sync();
                var output = new OutputFolder(target);
                Time("write 3 new files", leaflets.Count, () => { foreach (var b in bytes) Write(output, b); });
                Sync();
                var again = new OutputFolder(target);
                Time("write 3 files, unchanged", leaflets.Count, () => { foreach (var b in bytes) Write(again, b); });
            }
        }
        finally
        {
            if (Directory.Exists(outRoot)) Directory.Delete(outRoot, recursive: true);
        }
    }

    /// <summary>
    /// <c>--pages-only</c>: only the three pages of each leaflet as a build makes them (one worker, UTF-8 bytes,
    /// views shared), no files written.
    /// </summary>
    private static void PagesOnly(LeafletRenderer renderer, List<Leaflet> leaflets, ProjectConfig config,
        DateOnly asOf, FileLinks links, int rounds)
    {
        var worker = new RenderWorker();
        var bytes = new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
        for (var round = 0; round < rounds; round++)
        {
            Time($"round {round + 1}: html, print, text", leaflets.Count, () =>
            {
                foreach (var l in leaflets)
                {
                    var request = new RenderRequest(l, config, asOf, false, links);
                    foreach (var format in new[] { PageFormat.Html, PageFormat.Print, PageFormat.Text })
                    {
                        bytes.ResetWrittenCount();
                        renderer.RenderUtf8(request, format, null, bytes, worker);
                    }

                    worker.Forget();
                }
            });
        }
    }

    private static void Write(OutputFolder output, (string Slug, byte[] Html, byte[] Print, byte[] Text) b)
    {
        output.Write(b.Slug + ".html", b.Html);
        output.Write(b.Slug + ".print.html", b.Print);
        output.Write(b.Slug + ".txt", b.Text);
    }

    private static void Sync()
    {
        using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false });
        sync?.WaitForExit();
    }

    private static int Option(IReadOnlyList<string> options, string name, int fallback) =>
        options.SkipWhile(o => o != name).Skip(1).FirstOrDefault() is { } value
            ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    private static void Time(string what, int count, Action work)
    {
        var process = Process.GetCurrentProcess();
        var user = process.UserProcessorTime;
        var system = process.PrivilegedProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        work();
        watch.Stop();
        process.Refresh();
        var userMs = (process.UserProcessorTime - user).TotalMilliseconds / count;
        var systemMs = (process.PrivilegedProcessorTime - system).TotalMilliseconds / count;
        var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / count;
        Console.WriteLine($"{what,-32} wall {watch.Elapsed.TotalMilliseconds / count,6:0.000}  user {userMs,6:0.000}  "
            + $"sys {systemMs,6:0.000} ms/leaflet  alloc {kb,6:0.0} KB");
    }
}

internal sealed class FolderSource(string root) : ITemplateSource
{
    public IReadOnlyList<string> Files()
        => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
    public string? Read(string relativePath)
        => File.Exists(Path.Combine(root, relativePath)) ? File.ReadAllText(Path.Combine(root, relativePath)) : null;
    public string DisplayName(string relativePath) => relativePath;
}

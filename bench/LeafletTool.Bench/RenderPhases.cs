using System.Diagnostics;
using LeafletTool.Core.Config;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Inline;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Rendering.View;
using LeafletTool.Core.Validation;

namespace LeafletTool.Bench;

internal static class RenderPhases
{
    public static void Run(string folder, ITemplateSource source)
    {
        var config = ProjectConfig.Default;
        var files = Directory.GetFiles(folder, "*.yaml").Where(f => !f.EndsWith("leaflettool.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Take(1000).ToArray();
        var leaflets = files.Select(f => LeafletValidator.Load(new LeafletInput(f, File.ReadAllText(f), config, true)).Leaflet!).ToList();
        var (set, errors) = TemplateSet.Compile(source, PageFormats.All.Select(f => f.Template()).Append(PageFormats.IndexTemplate));
        var renderer = new LeafletRenderer(set!);
        var asOf = new DateOnly(2026, 11, 23);
        var links = new FileLinks("a.html", "a.print.html", null, "a.txt");
        for (var round = 0; round < 2; round++)
        {
            foreach (var style in new[] { InlineStyle.Html, InlineStyle.Print, InlineStyle.Text })
                Time($"view {style}", leaflets.Count, () => { foreach (var l in leaflets) LeafletViewBuilder.Build(l, config, asOf, style); });
            foreach (var format in PageFormats.All)
                Time($"render {format}", leaflets.Count, () => { foreach (var l in leaflets) renderer.Render(new RenderRequest(l, config, asOf, false, links), format); });
            Time("new BuiltinFunctions", leaflets.Count, () => { foreach (var l in leaflets) _ = new Scriban.Functions.BuiltinFunctions(); });
        }
    }

    private static void Time(string what, int count, Action work)
    {
        var watch = Stopwatch.StartNew();
        work();
        Console.WriteLine($"{what,-30} {watch.Elapsed.TotalMilliseconds / count,7:0.000} ms/leaflet");
    }
}

internal sealed class FolderSource(string root) : ITemplateSource
{
    public IReadOnlyList<string> Files() => Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
    public string? Read(string relativePath) => File.Exists(Path.Combine(root, relativePath)) ? File.ReadAllText(Path.Combine(root, relativePath)) : null;
    public string DisplayName(string relativePath) => relativePath;
}

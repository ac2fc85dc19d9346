using LeafletTool.Cli.Files;
using LeafletTool.Cli.Output;
using LeafletTool.Core.Building;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Templates;
using CoreSiteBuild = LeafletTool.Core.Building.SiteBuild;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>
/// The site build a live preview or a comparison runs in memory is the one <c>leaflet build</c> writes to files:
/// the same pages, byte for byte.
/// </summary>
public class MemoryBuildTests
{
    [Theory]
    [InlineData("html,print,text", false)]
    [InlineData("html,text", true)]
    public void Building_the_sample_into_memory_gives_the_bytes_build_writes(string formatList, bool largePrint)
    {
        using var site = new SiteBuild();
        var result = site.Run(["leaflets", "--formats", formatList, .. largePrint ? new[] { "--large-print" } : []]);
        Assert.Equal(0, result.ExitCode);

        var root = Repository.Root();
        var formats = PageFormats.Parse(formatList, out _)!;
        var (templates, errors) = TemplateSet.Compile(new TemplateFolder(Path.Combine(root, "templates"), root),
            formats.Select(f => f.Template()).Append(PageFormats.IndexTemplate));
        Assert.Empty(errors);
        var read = Workspace.Read(["leaflets"], null, Repository.SeedRoot());
        var sink = new MemoryPageSink();
        var options = new SiteBuildOptions(formats, largePrint, DateOnly.Parse(SiteBuild.AsOf), 0);
        var built = CoreSiteBuild.Run(Workspace.Validator(_ => null), read.Inputs, templates!, options, sink);

        Assert.Null(built.Failure);
        Assert.Equal(site.Files(), sink.Pages.Keys.Order(StringComparer.Ordinal));
        foreach (var name in site.Files())
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(site.Out, name)), sink.Read(name));
        }
    }
}

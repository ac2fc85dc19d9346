using LeafletTool.Cli.Output;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>An installed tool has no checkout around it: it must find the templates that come with it.</summary>
public class BundledTemplatesTests
{
    [Fact]
    public void Without_a_templates_folder_here_the_build_uses_the_templates_beside_the_tool()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "templates"), TemplateFolder.Resolve(null, folder.Path));
        var result = CliRunner.Run(folder.Path, "build", "leaflets", "--out", "site", "--as-of", "2026-11-23");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "site", "wound-care.html")));
    }

    [Fact]
    public void A_templates_folder_in_the_current_folder_wins_and_a_given_one_wins_over_both()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "templates"));
        Assert.Equal("templates", TemplateFolder.Resolve(null, folder.Path));
        Assert.Equal("mine", TemplateFolder.Resolve("mine", folder.Path));
    }
}

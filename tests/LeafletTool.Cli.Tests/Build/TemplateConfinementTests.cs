using LeafletTool.Cli.Output;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>Templates come from the templates folder and nowhere else; every file an include can reach counts for the
/// rebuild cache.</summary>
public class TemplateConfinementTests
{
    private const string Secret = "root:x:0:0:SECRET-LINE";

    [Theory]
    [InlineData("partials/secret.html", false)]
    [InlineData("partials/outside", true)]
    [InlineData(".partials/secret.html", false)]
    public void A_link_leading_outside_the_templates_folder_is_refused_and_nothing_outside_is_published(string link,
        bool folder)
    {
        if (OperatingSystem.IsWindows()) return; // links need privileges there; the check is the same code
        using var project = Project();
        var outside = project.Write("private/secret.html", Secret);
        var linkPath = Path.Combine(project.Path, "templates", link);
        Directory.CreateDirectory(Path.GetDirectoryName(linkPath)!);
        if (folder) Directory.CreateSymbolicLink(linkPath, Path.GetDirectoryName(outside)!);
        else File.CreateSymbolicLink(linkPath, outside);
        var included = folder ? "partials/outside/secret.html" : link;
        var details = Path.Combine(project.Path, "templates", "partials", "details.html");
        File.AppendAllText(details, $"{{{{ include '{included}' }}}}\n");

        var result = Build(project);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal($"leaflet: template error: 'templates/{link}' is a link that leads outside the "
            + "templates folder; templates must be files inside it (copy the file in instead)\n", result.Error);
        var site = Path.Combine(project.Path, "site");
        Assert.DoesNotContain(SiteBuild.Outputs(site),
            f => File.ReadAllText(Path.Combine(site, f)).Contains("SECRET-LINE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_inside_the_templates_folder_is_followed()
    {
        if (OperatingSystem.IsWindows()) return; // links need privileges there
        using var project = Project();
        var shared = project.Write("templates/shared/note.html", "<p>SHARED-NOTE</p>");
        File.CreateSymbolicLink(Path.Combine(project.Path, "templates", "partials", "note.html"), shared);
        File.AppendAllText(Path.Combine(project.Path, "templates", "partials", "details.html"),
            "{{ include 'partials/note.html' }}\n");

        var result = Build(project);

        Assert.Equal("", result.Error);
        Assert.Contains("SHARED-NOTE", File.ReadAllText(Path.Combine(project.Path, "site", "wound-care.html")),
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_to_a_template_in_a_dot_folder_that_an_include_reaches_is_seen_by_the_rebuild_cache()
    {
        using var project = Project();
        var partial = project.Write("templates/.partials/extra.html", "<p>FIRST-VERSION</p>");
        File.AppendAllText(Path.Combine(project.Path, "templates", "partials", "details.html"),
            "{{ include '.partials/extra.html' }}\n");
        var page = Path.Combine(project.Path, "site", "wound-care.html");
        Assert.Equal(0, Build(project).ExitCode);
        Assert.Contains("FIRST-VERSION", File.ReadAllText(page), StringComparison.Ordinal);
        Assert.Contains(": 0 files written,", Build(project).Out, StringComparison.Ordinal);

        File.WriteAllText(partial, "<p>SECOND-VERSION</p>");
        var again = Build(project);

        Assert.Contains(": 2 files written,", again.Out, StringComparison.Ordinal);
        Assert.Contains("SECOND-VERSION", File.ReadAllText(page), StringComparison.Ordinal);
    }

    /// <summary>A copy of the project's templates and one leaflet.</summary>
    private static TempFolder Project()
    {
        var project = new TempFolder();
        var source = Path.Combine(Repository.Root(), "templates");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            project.Write(Path.Combine("templates", Path.GetRelativePath(source, file)), File.ReadAllText(file));
        project.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        return project;
    }

    private static CliResult Build(TempFolder project)
    {
        var environment = new Dictionary<string, string>
        {
            [BuildCache.EnvironmentVariable] = Path.Combine(project.Path, "cache"),
        };
        return CliRunner.Run(project.Path, environment, "build", "leaflets", "--out", "site", "--templates",
            Path.Combine(project.Path, "templates"), "--as-of", SiteBuild.AsOf);
    }
}

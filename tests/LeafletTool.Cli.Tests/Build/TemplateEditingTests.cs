namespace LeafletTool.Cli.Tests.Build;

/// <summary>As a new user would: copy the templates, change them, rebuild.</summary>
public class TemplateEditingTests
{
    private static string CopyTemplates(TempFolder temp)
    {
        var source = Path.Combine(Repository.Root(), "templates");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            temp.Write(Path.Combine("templates", Path.GetRelativePath(source, file)), File.ReadAllText(file));
        }

        return Path.Combine(temp.Path, "templates");
    }

    private static void Edit(string templates, string file, string from, string to)
    {
        var path = Path.Combine(templates, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void A_colour_changed_in_a_template_shows_after_a_rebuild()
    {
        using var temp = new TempFolder();
        using var build = new SiteBuild();
        var templates = CopyTemplates(temp);
        build.Run("leaflets", "--templates", templates);
        Assert.Contains(".banner { background: #005eb8;", build.Read("cryotherapy-chronic-pain.html"),
            StringComparison.Ordinal);

        Edit(templates, "html/style.css", ".banner { background: #005eb8;", ".banner { background: #330072;");
        var result = build.Run("leaflets", "--templates", templates);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(".banner { background: #330072;", build.Read("cryotherapy-chronic-pain.html"),
            StringComparison.Ordinal);
        Assert.Contains(".banner { background: #330072;", build.Read("index.html"), StringComparison.Ordinal);
        Assert.EndsWith(": 2 files written, 2 unchanged.\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_variable_is_one_line_naming_the_template_line_and_column_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        using var build = new SiteBuild();
        var templates = CopyTemplates(temp);
        Edit(templates, "partials/details.html", "{{ leaflet.review }}", "{{ leaflet.reveiw }}");

        var result = build.Run("leaflets", "--templates", templates);

        Assert.Equal(3, result.ExitCode);
        var file = Path.Combine(templates, "partials", "details.html").Replace('\\', '/');
        Assert.Equal($"leaflet: template error: {file}:4:41: 'reveiw' is not a field templates get; did you mean "
            + "'review'?\n", result.Error);
        Assert.DoesNotContain("index.html", build.Files());
    }

    [Fact]
    public void A_template_syntax_error_is_reported_before_anything_is_checked_or_written()
    {
        using var temp = new TempFolder();
        using var build = new SiteBuild();
        var templates = CopyTemplates(temp);
        Edit(templates, "text/leaflet.txt", "{{ leaflet.title }}", "{{ leaflet.title }");

        var result = build.Run("leaflets", "--templates", templates);

        Assert.Equal(3, result.ExitCode);
        var file = Path.Combine(templates, "text", "leaflet.txt").Replace('\\', '/');
        Assert.StartsWith($"leaflet: template error: {file}:3:", result.Error, StringComparison.Ordinal);
        Assert.Contains("template syntax error", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
        Assert.Empty(build.Files());
    }

    [Fact]
    public void A_missing_entry_template_is_named()
    {
        using var temp = new TempFolder();
        using var build = new SiteBuild();
        var templates = CopyTemplates(temp);
        File.Delete(Path.Combine(templates, "text", "leaflet.txt"));

        Assert.Equal(0, build.Run("leaflets", "--templates", templates, "--formats", "html").ExitCode);
        var result = build.Run("leaflets", "--templates", templates, "--formats", "text");

        Assert.Equal(3, result.ExitCode);
        Assert.EndsWith("text/leaflet.txt: this template is missing; every templates folder needs text/leaflet.txt "
            + "(copy it from the project's templates folder)\n",
            result.Error, StringComparison.Ordinal);
    }
}

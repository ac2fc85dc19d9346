using LeafletTool.Cli.Pdf;

namespace LeafletTool.Cli.Tests.Pdf;

public class ChromiumLocatorTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void None_found_is_null_and_the_message_says_how_to_install_it()
    {
        Assert.Null(ChromiumLocator.Find(null, Env(("PATH", "/nowhere")), _ => false));
        Assert.Contains("apt-get install chromium", ChromiumLocator.NotFoundMessage, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ChromiumLocator.NotFoundMessage);
    }

    [Fact]
    public void The_option_wins_then_the_environment_variable_then_the_search()
    {
        using var temp = new TempFolder();
        var option = temp.Write("option-chrome", "");
        var variable = temp.Write("variable-chrome", "");
        Assert.Equal(option, ChromiumLocator.Find(option, Env((ChromiumLocator.EnvironmentVariable, variable))));
        Assert.Equal(variable, ChromiumLocator.Find(null, Env((ChromiumLocator.EnvironmentVariable, variable))));
    }

    [Fact]
    public void A_browser_on_the_path_is_found()
    {
        var found = ChromiumLocator.Find(null, Env(("PATH", "/opt/a" + Path.PathSeparator + "/opt/b")),
            path => path == Path.Combine("/opt/b", OperatingSystem.IsWindows() ? "chromium.exe" : "chromium"));
        Assert.Equal(Path.Combine("/opt/b", OperatingSystem.IsWindows() ? "chromium.exe" : "chromium"), found);
    }

    [Fact]
    public void A_named_browser_that_does_not_exist_is_a_usage_error()
    {
        var error = Assert.Throws<UsageException>(() => ChromiumLocator.Find("/no/such/chrome", Env()));
        Assert.Equal("--chromium names '/no/such/chrome', which does not exist", error.Message);
        var fromEnvironment = Assert.Throws<UsageException>(
            () => ChromiumLocator.Find(null, Env((ChromiumLocator.EnvironmentVariable, "/no/chrome"))));
        Assert.StartsWith("LEAFLET_CHROMIUM names '/no/chrome'", fromEnvironment.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_with_a_browser_that_will_not_start_fails_in_one_line_with_exit_3()
    {
        using var build = new Build.SiteBuild();
        using var temp = new TempFolder();
        var notABrowser = temp.Write("not-a-browser", "");
        var result = build.Run("leaflets", "--formats", "pdf", "--chromium", notABrowser);
        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("leaflet: could not start the browser", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("cryotherapy-chronic-pain.pdf", build.Files());
    }
}

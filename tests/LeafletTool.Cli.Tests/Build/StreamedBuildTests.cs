using LeafletTool.Cli.Files;
using LeafletTool.Cli.Output;
using LeafletTool.Core.Validation;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>
/// The build checks each leaflet and renders it at once (two passes, leaflets let go): what it prints and writes is
/// what a check followed by a build gives, whether leaflets are kept loaded between the passes or loaded twice.
/// </summary>
public class StreamedBuildTests
{
    private static readonly Dictionary<string, string> Kept = new() { [BuildCacheOff.Name] = "off" };
    private static readonly Dictionary<string, string> Twice = new()
    {
        [BuildCacheOff.Name] = "off",
        [Workspace.KeepLoadedVariable] = "0",
    };
    private static readonly Dictionary<string, string> OnDemand = new()
    {
        [BuildCacheOff.Name] = "off",
        [Workspace.KeepSourcesVariable] = "0",
    };

    public static TheoryData<string> Budgets => ["kept", "twice"];

    private static Dictionary<string, string> Env(string budget) => budget == "kept" ? Kept : Twice;

    private static CliResult Build(string cwd, Dictionary<string, string> env, string output, params string[] args) =>
        CliRunner.Run(cwd, env, ["build", .. args, "--out", output, "--as-of", SiteBuild.AsOf]);

    [Fact]
    public void Loading_each_leaflet_twice_writes_the_same_bytes_and_prints_the_same_as_keeping_them_loaded()
    {
        using var corpus = ParallelOutputTests.Corpus();
        var (outKept, outTwice) = (Path.Combine(corpus.Path, "kept"), Path.Combine(corpus.Path, "twice"));

        var kept = Build(corpus.Path, Kept, outKept, "leaflets", "--jobs", "1");
        var twice = Build(corpus.Path, Twice, outTwice, "leaflets", "--jobs", "4");

        Assert.Equal(1, kept.ExitCode);
        Assert.Equal(kept.ExitCode, twice.ExitCode);
        Assert.Equal(kept.Out.Replace(" into kept:", " into twice:", StringComparison.Ordinal), twice.Out);
        Assert.Contains("resource-number-duplicate", kept.Out, StringComparison.Ordinal);
        var names = Directory.GetFiles(outKept).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names,
            Directory.GetFiles(outTwice).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(2 + 3 * 14, names.Count); // the index, the record of the files, three files a leaflet
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(outKept, name!)),
                File.ReadAllBytes(Path.Combine(outTwice, name!)));
        }
    }

    [Fact]
    public void Reading_each_file_when_it_is_loaded_writes_the_same_bytes_and_prints_the_same()
    {
        using var corpus = ParallelOutputTests.Corpus();
        var (outKept, outRead) = (Path.Combine(corpus.Path, "kept"), Path.Combine(corpus.Path, "read"));

        var kept = Build(corpus.Path, Kept, outKept, "leaflets");
        var read = Build(corpus.Path, OnDemand, outRead, "leaflets");

        Assert.Equal(kept.ExitCode, read.ExitCode);
        Assert.Equal(kept.Out.Replace(" into kept:", " into read:", StringComparison.Ordinal), read.Out);
        var names = Directory.GetFiles(outKept).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names,
            Directory.GetFiles(outRead).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(outKept, name!)),
                File.ReadAllBytes(Path.Combine(outRead, name!)));
        }
    }

    [Fact]
    public void The_sources_budget_comes_from_the_environment_in_megabytes()
    {
        Assert.Equal(0, Workspace.SourceBudget(name => name == Workspace.KeepSourcesVariable ? "0" : null));
        Assert.Equal(5L * 1024 * 1024,
            Workspace.SourceBudget(name => name == Workspace.KeepSourcesVariable ? "5" : null));
        Assert.Equal(Workspace.DefaultSourceBudget, Workspace.SourceBudget(_ => "lots"));
    }

    [Fact]
    public void A_build_keeps_the_sources_up_to_its_own_smaller_budget_unless_the_environment_says()
    {
        Assert.Equal(32L * 1024 * 1024, BuildOptions.SourceBudget(_ => null));
        Assert.True(BuildOptions.DefaultSourceBudget < Workspace.DefaultSourceBudget);
        Assert.Equal(0, BuildOptions.SourceBudget(name => name == Workspace.KeepSourcesVariable ? "0" : null));
        Assert.Equal(Workspace.DefaultSourceBudget,
            BuildOptions.SourceBudget(name => name == Workspace.KeepSourcesVariable ? "lots" : null));
    }

    [Theory]
    [InlineData("validate", "--format", "json")]
    [InlineData("validate", "--verbose")]
    [InlineData("report", "--format", "json")]
    [InlineData("report", "--format", "csv", "--status", "overdue")]
    public void Validate_and_report_print_the_same_with_leaflets_kept_loaded_or_loaded_twice(params string[] args)
    {
        using var corpus = ParallelOutputTests.Corpus();

        var kept = CliRunner.Run(corpus.Path, Kept, [.. args, "leaflets", "--as-of", SiteBuild.AsOf, "--jobs", "1"]);
        var twice = CliRunner.Run(corpus.Path, Twice, [.. args, "leaflets", "--as-of", SiteBuild.AsOf, "--jobs", "4"]);
        var onDemand = CliRunner.Run(corpus.Path, OnDemand,
            [.. args, "leaflets", "--as-of", SiteBuild.AsOf, "--jobs", "2"]);

        Assert.Equal(kept, twice);
        Assert.Equal(kept, onDemand);
        Assert.Contains("leaflet-15.yaml", kept.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Budgets))]
    public void Of_leaflets_sharing_a_file_name_the_first_without_errors_is_built_the_later_named(string budget)
    {
        using var temp = new TempFolder();
        temp.Write("a/another.yaml",
            ValidLeaflet.Yaml.Replace("1001/", "1005/", StringComparison.Ordinal)
            .Replace("Caring for your wound", "Another leaflet", StringComparison.Ordinal));
        temp.Write("a/wound-care.yaml",
            ValidLeaflet.Yaml.Replace("1001/", "1002/", StringComparison.Ordinal)
            .Replace("review: 2027-12", "review: soon", StringComparison.Ordinal));
        temp.Write("b/wound-care.yaml",
            ValidLeaflet.Yaml.Replace("1001/", "1004/", StringComparison.Ordinal)
            .Replace("Caring for your wound", "Wound care from b", StringComparison.Ordinal));
        temp.Write("c/wound-care.yaml", ValidLeaflet.Yaml.Replace("1001/", "1006/", StringComparison.Ordinal));
        var output = Path.Combine(temp.Path, "site");

        var result = Build(temp.Path, Env(budget), output, "a", "b", "c", "--jobs", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a/wound-care.yaml:4:9: error date-format:", result.Out, StringComparison.Ordinal);
        Assert.Contains("c/wound-care.yaml:1:1: error build: b/wound-care.yaml is already built as wound-care.html, so "
            + "this leaflet with the same file name is not built; rename one of them\n",
            result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("a/wound-care.yaml is already built", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("b/wound-care.yaml:1:1:", result.Out, StringComparison.Ordinal);
        Assert.EndsWith(": 7 files written, 0 unchanged.\n2 leaflets were not built because of the errors above.\n",
            result.Out, StringComparison.Ordinal);
        Assert.Contains("Wound care from b", File.ReadAllText(Path.Combine(output, "wound-care.html")),
            StringComparison.Ordinal);
        var index = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.True(
            index.IndexOf("Another leaflet", StringComparison.Ordinal) < index.IndexOf("Wound care from b",
            StringComparison.Ordinal), "the index lists both, by title");
    }

    [Theory]
    [MemberData(nameof(Budgets))]
    public void A_template_error_while_rendering_comes_after_the_findings_and_nothing_is_written(string budget)
    {
        using var corpus = ParallelOutputTests.Corpus();
        var templates = Path.Combine(corpus.Path, "templates");
        foreach (var file
            in Directory.GetFiles(Path.Combine(Repository.Root(), "templates"), "*", SearchOption.AllDirectories))
        {
            corpus.Write(
                Path.Combine("templates", Path.GetRelativePath(Path.Combine(Repository.Root(), "templates"), file)),
                File.ReadAllText(file));
        }

        var details = Path.Combine(templates, "partials", "details.html");
        File.WriteAllText(details,
            File.ReadAllText(details)
            .Replace("{{ leaflet.review }}", "{{ leaflet.reveiw }}", StringComparison.Ordinal));
        var output = Path.Combine(corpus.Path, "site");

        var result = Build(corpus.Path, Env(budget), output, "leaflets", "--templates", templates);
        var validate = CliRunner.Run(corpus.Path, Env(budget), "validate", "leaflets", "--as-of", SiteBuild.AsOf);

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("leaflet: template error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("'reveiw' is not a field templates get", result.Error, StringComparison.Ordinal);
        Assert.Equal(validate.Out, result.Out);
        Assert.Empty(Directory.GetFiles(output));
    }

    [Fact]
    public void With_errors_in_the_configuration_the_output_folder_is_not_even_made()
    {
        using var temp = new TempFolder();
        temp.Write("leaflets/leaflettool.yaml", "review:\n  due_soon_days: lots\n");
        temp.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        var output = Path.Combine(temp.Path, "site");

        var result = Build(temp.Path, Twice, output, "leaflets");

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("Nothing was built: fix the errors in the configuration first.\n", result.Out,
            StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData(null, 16L * 1024 * 1024)]
    [InlineData("0", 0L)]
    [InlineData("32", 32L * 1024 * 1024)]
    [InlineData("lots", 16L * 1024 * 1024)]
    [InlineData("-1", 16L * 1024 * 1024)]
    public void LEAFLET_KEEP_LOADED_MB_sets_how_much_source_is_kept_loaded_between_the_passes(string? value,
        long budget)
    {
        var validator = Workspace.Validator(name => name == Workspace.KeepLoadedVariable ? value : null);

        Assert.Equal(budget, validator.KeptSourceBudget);
        Assert.Equal(LeafletValidator.Default.KeptSourceBudget, Workspace.Validator(_ => null).KeptSourceBudget);
    }

    private static class BuildCacheOff
    {
        public const string Name = Output.BuildCache.EnvironmentVariable;
    }
}

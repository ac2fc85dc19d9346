namespace LeafletTool.Cli.Tests.Reporting;

public class ReportCommandTests
{
    private static string Folder => Path.Combine(Golden.Cases(), "report");

    private static CliResult Report(params string[] args) =>
        CliRunner.Run(Folder, ["report", "corpus", "--as-of", "2026-11-23", "--format", "csv", .. args]);

    private static List<string> Files(CliResult result) =>
        result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => l[(l.LastIndexOf(',') + 1)..]).ToList();

    [Fact]
    public void Status_filters_are_repeatable_and_invalid_leaflets_are_always_listed()
    {
        var result = Report("--status", "overdue", "--status", "current");
        Assert.Equal(
            ["corpus/cryotherapy-chronic-pain.yaml", "corpus/knee-exercises.yaml", "corpus/broken-yaml.yaml",
            "corpus/no-review.yaml"],
            Files(result));
    }

    [Fact]
    public void Status_invalid_alone_lists_only_the_leaflets_that_cannot_be_judged()
    {
        Assert.Equal(["corpus/broken-yaml.yaml", "corpus/no-review.yaml"], Files(Report("--status", "invalid")));
    }

    [Fact]
    public void Owner_filter_ignores_case_and_keeps_leaflets_whose_owner_is_unknown()
    {
        var result = Report("--owner", "PHYSIOTHERAPY");
        Assert.Equal(["corpus/hand-therapy.yaml", "corpus/knee-exercises.yaml", "corpus/broken-yaml.yaml"],
            Files(result));
    }

    [Fact]
    public void Within_overrides_due_soon_days()
    {
        // The blood tests review is due in 69 days: due soon with the default 90, current within 60, still due soon
        // within 69.
        Assert.Contains("2027-01,current,69,corpus/blood-tests.yaml", Report("--within", "60").Out,
            StringComparison.Ordinal);
        Assert.Contains("2027-01,due-soon,69,corpus/blood-tests.yaml", Report("--within", "69").Out,
            StringComparison.Ordinal);
        Assert.Contains("2027-01,due-soon,69,corpus/blood-tests.yaml", Report().Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_soon_days_come_from_the_configuration_of_the_leaflets_folder()
    {
        var folder = CopyCorpus();
        File.WriteAllText(Path.Combine(folder, "corpus", "leaflettool.yaml"), "review:\n  due_soon_days: 30\n");
        var result = CliRunner.Run(folder, "report", "corpus", "--as-of", "2026-11-23", "--format", "csv");
        Assert.Contains("2027-01,current,69,corpus/blood-tests.yaml", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Overdue_leaflets_still_exit_0_because_it_is_a_report()
    {
        var result = Report();
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(",overdue,", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_writes_the_file_and_nothing_to_the_screen()
    {
        var folder = CopyCorpus();
        var result = CliRunner.Run(folder, "report", "corpus", "--as-of", "2026-11-23", "--format", "html", "--out",
            "out/reviews.html");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("Wrote the html report of 6 leaflet(s) to out/reviews.html.\n", result.Error);
        var html = File.ReadAllBytes(Path.Combine(folder, "out", "reviews.html"));
        Assert.Equal((byte)'<', html[0]);
        Assert.Equal(["reviews.html"], Directory.GetFiles(Path.Combine(folder, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_csv_file_starts_with_the_utf8_byte_order_mark_unless_no_bom()
    {
        var folder = CopyCorpus();
        CliRunner.Run(folder, "report", "corpus", "--as-of", "2026-11-23", "--format", "csv", "--out", "reviews.csv");
        var bytes = File.ReadAllBytes(Path.Combine(folder, "reviews.csv"));
        Assert.Equal("\uFEFFresource_number,title,owner,published,review,status,days,file\r\n"u8.ToArray(),
            bytes[..66]);

        CliRunner.Run(folder, "report", "corpus", "--as-of", "2026-11-23", "--format", "csv", "--bom", "--out",
            "same.csv");
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(folder, "same.csv")));

        CliRunner.Run(folder, "report", "corpus", "--as-of", "2026-11-23", "--format", "csv", "--no-bom", "--out",
            "plain.csv");
        var plain = File.ReadAllBytes(Path.Combine(folder, "plain.csv"));
        Assert.Equal("resource_number,title,owner,published,review,status,days,file\r\n"u8.ToArray(), plain[..63]);
        Assert.Equal(bytes[3..], plain);
    }

    [Fact]
    public void A_csv_on_standard_output_starts_with_the_byte_order_mark_too()
    {
        var result = CliRunner.Run(Folder, "report", "corpus", "--as-of", "2026-11-23", "--format", "csv");
        Assert.StartsWith("\uFEFFresource_number,", result.Out, StringComparison.Ordinal);
        var plain = CliRunner.Run(Folder, "report", "corpus", "--as-of", "2026-11-23", "--format", "csv", "--no-bom");
        Assert.StartsWith("resource_number,", plain.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bom", "--format", "json")]
    [InlineData("--no-bom", "--format", "json")]
    [InlineData("--no-bom", "--bom", "--format", "csv")]
    [InlineData("--status", "late")]
    [InlineData("--format", "xlsx")]
    [InlineData("--within", "-1")]
    [InlineData("--as-of", "23/11/2026")]
    public void A_wrong_command_line_exits_2_with_one_message(params string[] args)
    {
        var result = CliRunner.Run(Folder, ["report", "corpus", .. args]);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("leaflet: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_exits_2()
    {
        var result = CliRunner.Run(Folder, "report", "no-such-folder");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("leaflet: 'no-such-folder' does not exist\n", result.Error);
    }

    [Fact]
    public void Without_as_of_the_report_is_judged_as_of_today()
    {
        var result = CliRunner.Run(Folder, "report", "corpus", "--format", "json");
        Assert.Contains("\"as_of\": \"2026-11-23\"", result.Out, StringComparison.Ordinal);
    }

    private static string CopyCorpus()
    {
        var folder = Directory.CreateTempSubdirectory("leaflet-report-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "corpus"));
        foreach (var file in Directory.GetFiles(Path.Combine(Folder, "corpus")))
        {
            File.Copy(file, Path.Combine(folder, "corpus", Path.GetFileName(file)));
        }

        return folder;
    }
}

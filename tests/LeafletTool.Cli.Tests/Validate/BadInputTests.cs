using System.Text;

namespace LeafletTool.Cli.Tests.Validate;

/// <summary>No input, however broken, gives a stack trace: each gets a diagnostic or one line and a documented exit
/// code.</summary>
public class BadInputTests
{
    private static CliResult Validate(TempFolder folder, params string[] args) =>
        CliRunner.Run(folder.Path, ["validate", .. args, "--as-of", "2026-11-23"]);

    private static void AssertNoStackTrace(CliResult result)
    {
        Assert.DoesNotContain("   at ", result.Out + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_a_missing_field_diagnostic()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/empty.yaml", "");
        var result = Validate(folder, "leaflets");
        Assert.Equal(ExitCodes.LeafletErrors, result.ExitCode);
        Assert.StartsWith("leaflets/empty.yaml:1:1: error missing-field: The file is empty.", result.Out,
            StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void A_binary_file_is_an_unreadable_file_diagnostic()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("leaflets/picture.yaml", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0xFF]);
        var result = Validate(folder, "leaflets");
        Assert.Equal(ExitCodes.LeafletErrors, result.ExitCode);
        Assert.Contains("leaflets/picture.yaml:1:1: error unreadable-file: The file holds binary data", result.Out,
            StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void A_file_in_another_encoding_says_how_to_save_it_as_utf8()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("leaflets/latin1.yaml", Encoding.Latin1.GetBytes("title: Caf\u00e9 leaflet\n"));
        folder.WriteBytes("leaflets/utf16.yaml",
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("title: x\n")]);
        var result = Validate(folder, "leaflets");
        Assert.Contains("leaflets/latin1.yaml:1:1: error unreadable-file: The file is not UTF-8 text (byte 11); save "
            + "it as UTF-8", result.Out, StringComparison.Ordinal);
        Assert.Contains("leaflets/utf16.yaml:1:1: error unreadable-file: The file is saved as UTF-16", result.Out,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_one_megabyte_is_refused_without_being_read()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/huge.yaml", "title: " + new string('a', 1_200_000));
        var result = Validate(folder, "leaflets");
        Assert.Equal(ExitCodes.LeafletErrors, result.ExitCode);
        Assert.Contains("leaflets/huge.yaml:1:1: error unreadable-file: The file is 1.1 MB; a leaflet source may be at "
            + "most 1 MB", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_opened_is_a_diagnostic_not_a_crash()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "leaflets"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "leaflets", "gone.yaml"),
            Path.Combine(folder.Path, "nowhere.yaml"));
        var result = Validate(folder, "leaflets");
        Assert.Equal(ExitCodes.LeafletErrors, result.ExitCode);
        Assert.Contains("leaflets/gone.yaml:1:1: error unreadable-file: This is a link that leads nowhere", result.Out,
            StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void A_folder_with_no_leaflets_is_a_one_line_usage_error()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/readme.txt", "not a leaflet");
        var result = Validate(folder, "leaflets");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("leaflet: no leaflets (*.yaml files) in the folder 'leaflets'\n", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_a_one_line_usage_error()
    {
        using var folder = new TempFolder();
        var result = Validate(folder, "leaflets/nope.yaml");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("leaflet: 'leaflets/nope.yaml' does not exist\n", result.Error);
    }

    [Fact]
    public void A_folder_named_like_a_leaflet_is_skipped_inside_a_folder_and_treated_as_a_folder_when_named()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        Directory.CreateDirectory(Path.Combine(folder.Path, "leaflets", "odd.yaml"));
        var inFolder = Validate(folder, "leaflets");
        Assert.Equal(ExitCodes.Success, inFolder.ExitCode);
        Assert.Contains("1 file checked", inFolder.Out, StringComparison.Ordinal);

        var named = Validate(folder, "leaflets/odd.yaml");
        Assert.Equal(ExitCodes.Usage, named.ExitCode);
        Assert.Equal("leaflet: no leaflets (*.yaml files) in the folder 'leaflets/odd.yaml'\n", named.Error);
    }

    [Theory]
    [InlineData("--as-of", "23/11/2026")]
    [InlineData("--format", "xml")]
    [InlineData("--no-such-option")]
    public void A_wrong_command_line_exits_2_with_a_message(params string[] args)
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        var result = CliRunner.Run(folder.Path, ["validate", "leaflets", .. args]);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("leaflet: ", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_missing_config_file_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        var result = Validate(folder, "leaflets", "--config", "nope.yaml");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("leaflet: the configuration file 'nope.yaml' does not exist\n", result.Error);
    }

    [Fact]
    public void A_broken_config_file_is_reported_with_positions()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        folder.Write("leaflets/leaflettool.yaml",
            "review:\n  due_soon_days: soon\nrules:\n  spellng: off\n  review-overdue: loud\n");
        var result = Validate(folder, "leaflets");
        Assert.Equal(ExitCodes.LeafletErrors, result.ExitCode);
        Assert.Contains("leaflets/leaflettool.yaml:2:18: error invalid-value: \"due_soon_days\" should be a whole "
            + "number from 0 to 3650, not \"soon\".", result.Out, StringComparison.Ordinal);
        Assert.Contains("leaflets/leaflettool.yaml:4:3: error unknown-field: \"spellng\" is not a rule id of "
            + "LeafletTool. Did you mean \"spelling\"?", result.Out, StringComparison.Ordinal);
        Assert.Contains("leaflets/leaflettool.yaml:5:19: error invalid-value: \"loud\" is not a severity; use error, "
            + "warning, info or off.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crlf_file_with_a_bom_reports_the_same_positions_as_its_lf_twin()
    {
        using var folder = new TempFolder();
        var broken = ValidLeaflet.Yaml.Replace("review: 2027-12", "reveiw: 2027-12", StringComparison.Ordinal);
        folder.Write("lf/wound-care.yaml", broken);
        folder.WriteBytes("crlf/wound-care.yaml",
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(broken.Replace("\n", "\r\n", StringComparison.Ordinal))]);
        var lf = Validate(folder, "lf").Out.Replace("lf/", "", StringComparison.Ordinal);
        var crlf = Validate(folder, "crlf").Out.Replace("crlf/", "", StringComparison.Ordinal);
        Assert.Contains("wound-care.yaml:4:1: error unknown-field:", lf, StringComparison.Ordinal);
        Assert.Equal(lf, crlf);
    }
}

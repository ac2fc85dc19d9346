using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Tests.Loading;

/// <summary>A file saved with a byte-order mark or Windows line endings reports the same lines and columns as its plain
/// twin.</summary>
public class LineEndingTests
{
    private const string Broken = """
        title: Cryotherapy TODO
        resource_number: 5373/ver1
        published: June 2023
        reveiw: 2026-06
        owner: [a, b]
        sections:
          - heading: Benefits
            body:
              - >-
                First line of text, and then
                [a link](http://www.nhs.uk) and TBC.
              - bullets: [One]
                note: Two kinds
        contacts:
          - name: Team
            phone: 020 7188 471
            email: team@example.nsh.uk

        """;

    private static List<(string, int, int)> Findings(string text)
    {
        var input = new LeafletInput("leaflets/x.yaml", text, ProjectConfig.Default, IsTarget: true);
        var outcome = Assert.Single(LeafletValidator.Default.Validate([input], new DateOnly(2026, 11, 23), jobs: 1));
        return outcome.Diagnostics.Select(d => (d.Rule, d.Line, d.Column)).ToList();
    }

    [Fact]
    public void Crlf_and_bom_files_give_the_same_positions_as_their_lf_twin()
    {
        var lf = Findings(Broken);
        Assert.Equal(
            [
                ("placeholder-text", 1, 20), ("resource-number-format", 2, 18), ("date-format", 3, 12),
                ("unknown-field", 4, 1),
                ("invalid-value", 5, 8), ("link-format", 11, 18), ("placeholder-text", 11, 41),
                    ("invalid-value", 13, 9),
                ("phone-format", 16, 12), ("email-format", 17, 12),
            ],
            lf);
        Assert.Equal(lf, Findings(Broken.Replace("\n", "\r\n", StringComparison.Ordinal)));
        Assert.Equal(lf, Findings("\uFEFF" + Broken));
        Assert.Equal(lf, Findings("\uFEFF" + Broken.Replace("\n", "\r\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_syntax_error_in_a_crlf_file_is_at_the_same_place()
    {
        static Diagnostic Error(string text) =>
            Assert.Single(
                Assert.Single(
                LeafletValidator.Default.Validate([new LeafletInput("x.yaml", text, ProjectConfig.Default, true)],
                new DateOnly(2026, 1, 1), 1)).Diagnostics);
        const string yaml = "title: x\nowner: y\nsections:\n  - heading: a\n   body: b\n";
        var lf = Error(yaml);
        var crlf = Error("\uFEFF" + yaml.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Equal((lf.Rule, lf.Line, lf.Column), (crlf.Rule, crlf.Line, crlf.Column));
        Assert.Equal((5, 4), (crlf.Line, crlf.Column));
    }
}

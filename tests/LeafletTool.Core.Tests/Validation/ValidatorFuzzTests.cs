using LeafletTool.Core.Config;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Tests.Validation;

/// <summary>Random edits of a leaflet (fixed seed) never make loading or any rule throw; every finding has a real
/// position.</summary>
public class ValidatorFuzzTests
{
    private static readonly string[] Pieces =
    [
        " ", "\n", "\r\n", "'", "\"", "\\", ": ", "- ", ">-", "|", "[", "]", "(", ")", "](", "[x](", "http://",
        "https://a",
        "mailto:", "tel:", "TODO", "XXX", "[insert ", "/", "+44", "@", ".", "0", "2023-02-30", "June 2023", "06/2023",
            "ver",
        "\t", "&a ", "*a", "{", "}", "#", "~", "é",
    ];

    [Fact]
    public void Randomly_edited_leaflets_are_checked_without_throwing()
    {
        var random = new Random(424242);
        var seed = TestLeaflet.With("phone:", "phone: 020 7188 4714\n    email: pain@example.nhs.uk")
            .Replace("It is considered safer", "See [the NHS](https://www.nhs.uk) page; it is considered safer",
            StringComparison.Ordinal);
        for (var round = 0; round < 1500; round++)
        {
            var text = RandomEdits.Apply(seed, random, Pieces, maxEdits: 5, maxRemoved: 4);

            var lines = text.Split('\n').Length;
            var input = new LeafletInput(TestLeaflet.Name, text, ProjectConfig.Default, IsTarget: true);
            var outcome = Assert.Single(LeafletValidator.Default.Validate([input], TestLeaflet.Today, jobs: 1));
            Assert.All(outcome.Diagnostics,
                d => Assert.True(d.Line >= 1 && d.Line <= lines + 1 && d.Column >= 1, $"{d} in:\n{text}"));
        }
    }
}

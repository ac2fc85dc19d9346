using System.Text.Json;

namespace LeafletTool.Cli.Tests.ChangeControl;

/// <summary><c>leaflet diff</c> on real edits of the sample leaflet: every inserted and deleted word shown, nothing
/// unchanged marked.</summary>
public class DiffCommandTests
{
    /// <summary>Edits an editor makes: (text before, text after, words inserted, words deleted).</summary>
    public static TheoryData<string, string, string, string> Edits => new()
    {
        {
            "there is a risk of bleeding, infection", "there is a small risk of bleeding or infection", "small or",
            ","
        },
        { "Your doctor will warn you of this first.", "Your nurse will tell you first.", "nurse tell",
            "doctor warn of this" },
        {
            "          - X-ray (or other image guidance) will be used.\n", "", "",
            "X-ray ( or other image guidance ) will be used ."
        },
        {
            "  - heading: Follow-up appointments", "  - heading: Your follow-up appointment",
            "Your follow-up appointment", "Follow-up appointments"
        },
        { "phone: 020 7188 4714", "phone: 020 7188 4000", "4000", "4714" },
        { "This will\n        usually settle after a few days.",
            "This will\n        usually settle after a few days. Call us if it does not.", "Call us if it does not .",
            "" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Every_changed_word_is_marked_and_nothing_else(string before, string after, string inserted,
        string deleted)
    {
        using var folder = new TempFolder();
        var sample = File.ReadAllText(Path.Combine(Repository.Root(), GitRepo.Sample));
        Assert.Contains(before, sample, StringComparison.Ordinal);
        folder.Write("old/leaflet.yaml", sample);
        folder.Write("new/leaflet.yaml", sample.Replace(before, after, StringComparison.Ordinal));
        var result = CliRunner.Run(folder.Path, "diff", "old/leaflet.yaml", "new/leaflet.yaml", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Words(inserted), Marked(result.Out, "inserted"));
        Assert.Equal(Words(deleted), Marked(result.Out, "deleted"));
    }

    private static List<string> Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();

    /// <summary>The words (and punctuation) of every span with this change, sorted.</summary>
    private static List<string> Marked(string json, string change)
    {
        using var document = JsonDocument.Parse(json);
        var marked = new List<string>();
        foreach (var section in document.RootElement.GetProperty("leaflets")[0].GetProperty("sections")
                     .EnumerateArray())
        {
            if (!section.TryGetProperty("lines", out var lines)) continue;
            foreach (var span in lines.EnumerateArray().SelectMany(l => l.GetProperty("spans").EnumerateArray()))
            {
                if (span.GetProperty("change").GetString() != change) continue;
                var text = span.GetProperty("text").GetString()!;
                foreach (var c in "().,") text = text.Replace(c.ToString(), $" {c} ", StringComparison.Ordinal);
                marked.AddRange(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return marked.Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void No_change_is_exit_0_and_says_so()
    {
        using var folder = new TempFolder();
        var sample = File.ReadAllText(Path.Combine(Repository.Root(), GitRepo.Sample));
        folder.Write("a.yaml", sample);
        folder.Write("b.yaml", "# a comment\n" + sample.Replace("5373/VER1", "5373/VER2", StringComparison.Ordinal));
        var result = CliRunner.Run(folder.Path, "diff", "a.yaml", "b.yaml");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("resource number: 5373/VER1 -> 5373/VER2", result.Out, StringComparison.Ordinal);
        Assert.Contains("No change to what a patient reads.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Against_a_base_shows_changed_leaflets_with_metadata_on_top_in_markdown()
    {
        using var repo = new GitRepo();
        repo.Edit(GitRepo.Sample, "there is a risk of bleeding, infection",
            "there is a small risk of bleeding, infection");
        repo.Edit(GitRepo.Sample, "5373/VER1", "5373/VER2");
        repo.Write("leaflets/caring-for-your-wound.yaml", ValidLeaflet.Yaml);
        repo.Commit("Edit");
        var result = CliRunner.Run(repo.Path, GitRepo.Environment(), "diff", "--base", "main", "--format",
            "markdown");
        Assert.Equal(0, result.ExitCode);
        var markdown = result.Out;
        Assert.True(markdown.IndexOf("| resource number | 5373/VER1 | 5373/VER2 |", StringComparison.Ordinal)
            < markdown.IndexOf("**small**", StringComparison.Ordinal));
        Assert.Contains("### leaflets/caring-for-your-wound.yaml (new leaflet)", markdown, StringComparison.Ordinal);
        Assert.Contains("there is a **small** risk of bleeding, infection", markdown, StringComparison.Ordinal);
        Assert.Contains("2 leaflets compared", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_number_of_files_is_one_line_and_exit_2()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(folder.Path, "diff", "only-one.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("diff takes two leaflet files", result.Error, StringComparison.Ordinal);
    }
}

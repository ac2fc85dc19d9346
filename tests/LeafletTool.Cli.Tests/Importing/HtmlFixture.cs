using System.Text.RegularExpressions;
using LeafletTool.Core.Importing.Blocks;
using LeafletTool.Importers;

namespace LeafletTool.Cli.Tests.Importing;

/// <summary>A saved web page of Cases/import-html read by the import's reader, with the leaflet's own text as
/// written beside it (NAME.expected.txt), and checks on its blocks.</summary>
internal static partial class HtmlFixture
{
    public static string Folder => Path.Combine(CliRunner.TestsRoot(), "Cases", "import-html");

    public static ImportedDocument Read(string name)
        => Readers.Read(".html", File.ReadAllBytes(Path.Combine(Folder, name + ".html")));

    public static ImportedDocument ReadText(string html)
        => Readers.Read(".html", System.Text.Encoding.UTF8.GetBytes(html));

    /// <summary>The block with exactly this text.</summary>
    public static SourceBlock Block(ImportedDocument document, string text)
    {
        var matches = document.Blocks.Where(b => b.Text == text).ToList();
        Assert.True(matches.Count == 1, $"expected one block \"{text}\", found {matches.Count} in:\n"
            + string.Join("\n", document.Blocks.Select(b => $"{b.Kind} {b.Text}")));
        return matches[0];
    }

    /// <summary>Every word of the leaflet's own text, in order, and nothing else: no word of the site's chrome.
    /// Markup is left out (bold markers, a link's address).</summary>
    public static void HasExactlyTheLeafletWords(string name, ImportedDocument document)
    {
        var expected = Words(File.ReadAllText(Path.Combine(Folder, name + ".expected.txt")));
        var actual = Words(string.Join("\n", document.Blocks.Select(b => Plain(b.Text))));
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.True(expected[i] == actual[i], $"word {i + 1}: expected \"{expected[i]}\", read \"{actual[i]}\" "
                + $"(after: {string.Join(' ', actual.Skip(Math.Max(0, i - 8)).Take(8))})");
        }

        Assert.Equal(expected.Count, actual.Count);
    }

    /// <summary>None of these texts (pieces of the site's chrome) in any block.</summary>
    public static void HasNone(ImportedDocument document, params string[] chrome)
    {
        foreach (var text in chrome)
        {
            var found = document.Blocks.FirstOrDefault(b => b.Text.Contains(text, StringComparison.OrdinalIgnoreCase));
            Assert.True(found is null, $"site chrome \"{text}\" read as leaflet text: \"{found?.Text}\"");
        }
    }

    public static string Plain(string markup)
        => LinkMarkup().Replace(markup, "$1").Replace("**", "", StringComparison.Ordinal);

    /// <summary>The words of a text, an apostrophe typed straight or curly (pandoc makes them curly) the same.
    /// </summary>
    public static List<string> Words(string text)
        => WordPattern().Matches(text.Replace('’', '\'')).Select(m => m.Value).ToList();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)\s]*\)")]
    private static partial Regex LinkMarkup();

    [GeneratedRegex(@"[\p{L}\p{N}@./:-]*[\p{L}\p{N}](?:'[\p{L}]+)?")]
    private static partial Regex WordPattern();
}

using System.Net;
using System.Text.RegularExpressions;
using LeafletTool.Core.Importing.Blocks;
using LeafletTool.Importers.Pdf;

namespace LeafletTool.Cli.Tests.Importing;

/// <summary>The PDF fixtures (Cases/import-pdf, made by Chromium and LibreOffice with make-fixtures.sh) and the
/// words of the sources they were printed from.</summary>
internal static partial class PdfFixtures
{
    public static string Path(string name) => System.IO.Path.Combine(CliRunner.TestsRoot(), "Cases", "import-pdf",
        name);

    public static ImportedDocument Read(string name) => PdfReader.Read(File.ReadAllBytes(Path(name)));

    /// <summary>The words of an HTML page's body, or of a flat ODT's body text, in order.</summary>
    public static List<string> SourceWords(string name)
    {
        var text = File.ReadAllText(Path(name));
        var body = name.EndsWith(".fodt", StringComparison.Ordinal)
            ? text[text.IndexOf("<office:text>", StringComparison.Ordinal)..]
            : text[text.IndexOf("<body", StringComparison.Ordinal)..];
        return Words(WebUtility.HtmlDecode(Tag().Replace(body, " ")));
    }

    /// <summary>The words of the blocks of one part, links reduced to their text.</summary>
    public static List<string> BlockWords(ImportedDocument document, SourcePart part) =>
        Words(string.Join(' ', document.Blocks.Where(b => b.Part == part).Select(b => Link().Replace(b.Text, "$1"))));

    public static List<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}

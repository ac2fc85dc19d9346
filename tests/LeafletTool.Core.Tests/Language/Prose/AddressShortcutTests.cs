using System.Text;
using LeafletTool.Core.Language.Prose;

namespace LeafletTool.Core.Tests.Language.Prose;

/// <summary>
/// The word splitters' address test with its early "no" for a chunk whose dots are all in its trimmed end
/// ("today.") against the test as it was before (kept here), on odd chunks made up from one seed.
/// </summary>
public class AddressShortcutTests
{
    [Fact]
    public void The_address_test_answers_as_it_did_without_its_shortcut()
    {
        string[] known = ["today.", "today.)", "e.g.", "www.nhs.uk", "nhs.uk.", "(nhs.uk).", "a@b", "http://x", "x.:",
            "www.)", "www.x", "\"www.nhs.uk\".", "x.uk/y.", "..uk", ".uk", "a.b", "it's.", "1.5", "co.uk/", ":"];
        foreach (var chunk in known.Concat(Chunks()))
        {
            Assert.True(Old(chunk) == ProseWords.IsAddress(chunk), chunk);
        }
    }

    private static IEnumerable<string> Chunks()
    {
        string[] pieces = ["a", "w", "www", ".", "..", "@", ":", "/", "//", "uk", "nhs", "com", "9", "(", ")", "\"",
            "\u2019", "\u201D", ",", ";", "!", "?", "*", "[", "]", "-", "_", "\u00E9", "x"];
        var random = new Random(22);
        for (var n = 0; n < 50_000; n++)
        {
            var chunk = new StringBuilder();
            var length = random.Next(1, 10);
            for (var i = 0; i < length; i++) chunk.Append(pieces[random.Next(pieces.Length)]);
            yield return chunk.ToString();
        }
    }

    private static readonly string[] TopLevelDomains = ["uk", "com", "org", "net", "gov", "nhs", "info", "io", "co",
        "ac", "eu", "int", "edu", "scot", "wales", "cymru"];

    /// <summary>The address test before its shortcut.</summary>
    private static bool Old(ReadOnlySpan<char> chunk)
    {
        if (chunk.IndexOfAny('.', '@', ':') < 0) return false;
        if (chunk.Contains('@') || chunk.IndexOf("://", StringComparison.Ordinal) >= 0) return true;
        var trimmed = chunk.Trim("()[]{}<>\"'\u2018\u2019\u201C\u201D.,;:!?*");
        if (trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return true;
        var slash = trimmed.IndexOf('/');
        var host = slash >= 0 ? trimmed[..slash] : trimmed;
        var lastDot = host.LastIndexOf('.');
        if (lastDot <= 0 || lastDot == host.Length - 1) return false;
        var tld = host[(lastDot + 1)..];
        foreach (var known in TopLevelDomains)
        {
            if (tld.Equals(known, StringComparison.OrdinalIgnoreCase)) return char.IsLetterOrDigit(host[lastDot - 1]);
        }

        return false;
    }
}

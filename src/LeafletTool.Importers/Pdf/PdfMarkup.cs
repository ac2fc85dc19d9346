using System.Text;
using LeafletTool.Core.Language.Words;

namespace LeafletTool.Importers.Pdf;

/// <summary>A block's lines as one line of leaflet markup: bold runs as <c>**strong**</c> (unless the whole block
/// is bold), link text as <c>[text](address)</c>, and a word broken at a line end ("treat-" / "ment") joined again
/// when both halves are plain letters and the second starts in lower case, unless both halves are words and the
/// two together are not ("cross-" / "sectional" stays "cross-sectional").</summary>
internal static class PdfMarkup
{
    public static string Join(IReadOnlyList<List<PdfWord>> lines, bool allBold)
    {
        var words = new List<PdfWord>();
        foreach (var line in lines)
        {
            if (words.Count > 0 && line.Count > 0 && IsBroken(words[^1].Text, line[0].Text))
            {
                var last = words[^1];
                var hyphen = IsCompound(last.Text, line[0].Text) ? last.Text[^1..] : "";
                words[^1] = last with
                {
                    Text = last.Text[..^1] + hyphen + line[0].Text,
                    Bold = last.Bold && line[0].Bold,
                };
                words.AddRange(line.Skip(1));
            }
            else
            {
                words.AddRange(line);
            }
        }

        var text = new StringBuilder();
        for (var i = 0; i < words.Count;)
        {
            var run = Run(words, i, w => (w.Link, !allBold && w.Bold));
            var runText = string.Join(' ', words.Skip(i).Take(run).Select(w => w.Text));
            if (!allBold && words[i].Bold && runText.Any(char.IsLetterOrDigit)) runText = "**" + runText + "**";
            if (words[i].Link is { } link) runText = "[" + runText + "](" + link + ")";
            if (text.Length > 0) text.Append(' ');
            text.Append(runText);
            i += run;
        }

        return text.ToString();
    }

    /// <summary>"treat-" then "ment": a word broken at the line end, not a hyphenated compound.</summary>
    public static bool IsBroken(string end, string start)
    {
        if (end.Length < 3 || start.Length == 0 || !char.IsLower(start[0])) return false;
        if (end[^1] is not ('-' or '\u2010' or '\u00ad')) return false;
        var head = end[..^1];
        var tail = start.TrimEnd('.', ',', ';', ':', '!', '?', ')');
        return head.All(char.IsLetter) && tail.All(char.IsLetter);
    }

    /// <summary>"cross-" then "sectional": both halves are words and the two together are not, so the hyphen is
    /// the compound's own and stays; so does "pre-" then "clerking" (a prefix that takes a hyphen, and
    /// "preclerking" is no word); "treat-" then "ment" makes "treatment", a word, and is mended.</summary>
    public static bool IsCompound(string end, string start)
    {
        var head = end[..^1];
        var tail = start.TrimEnd('.', ',', ';', ':', '!', '?', ')');
        if (EnglishDictionary.Contains(head + tail)) return false;
        return HyphenPrefixes.Contains(head) || (EnglishDictionary.Contains(head) && EnglishDictionary.Contains(tail));
    }

    /// <summary>Prefixes written with a hyphen ("pre-assessment", "non-urgent", "self-care").</summary>
    private static readonly HashSet<string> HyphenPrefixes = new(["pre", "post", "non", "self", "anti", "semi",
        "multi", "co", "ex", "mid", "inter", "intra", "sub", "over", "under"], StringComparer.OrdinalIgnoreCase);

    private static int Run<T>(List<PdfWord> words, int start, Func<PdfWord, T> key)
    {
        var first = key(words[start]);
        var end = start + 1;
        while (end < words.Count && EqualityComparer<T>.Default.Equals(key(words[end]), first)) end++;
        return end - start;
    }
}

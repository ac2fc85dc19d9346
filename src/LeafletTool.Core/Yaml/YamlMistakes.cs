using System.Text.RegularExpressions;

namespace LeafletTool.Core.Yaml;

/// <summary>A mistake found on one line: 1-based line and column, and what to do, in plain words.</summary>
public sealed record YamlMistake(int Line, int Column, string Message);

/// <summary>
/// The mistakes editors make most in YAML, found line by line so that each is reported on its own line however many
/// there are (the parser stops at the first): a tab in the indentation, a value or list item that starts with
/// <c>*</c>, <c>&amp;</c>, <c>@</c>, a backtick or <c>%</c>, <c>": "</c> inside an unquoted value, text after a
/// closing quote and an apostrophe inside single quotes. Run only on text the parser refused, so a line that YAML
/// would read differently (a block of text after <c>|</c> or <c>&gt;</c>, text inside quotes) is skipped. One pass,
/// no backtracking: bounded time on any input.
/// </summary>
public static partial class YamlMistakes
{
    /// <summary>The most mistakes reported in one file; past them, the file is not a leaflet with slips.</summary>
    public const int MaxMistakes = 100;

    public static IReadOnlyList<YamlMistake> Find(string text)
    {
        var found = new List<YamlMistake>();
        var lines = text.Split('\n');
        HashSet<string>? anchors = null;
        var blockParent = -1; // indentation of the line that opened a | or > block; -1: not in one
        var openQuote = '\0'; // the quote of a quoted value that runs on to later lines
        for (var n = 0; n < lines.Length && found.Count < MaxMistakes; n++)
        {
            var line = lines[n].TrimEnd('\r');
            var indent = 0;
            while (indent < line.Length && line[indent] is ' ' or '\t') indent++;
            if (indent == line.Length || line[indent] == '#') continue;
            var spaces = 0;
            while (spaces < line.Length && line[spaces] == ' ') spaces++;
            if (blockParent >= 0 && spaces > blockParent) continue;
            blockParent = -1;
            if (openQuote != '\0')
            {
                var close = Closes(line, 0, openQuote);
                if (close < 0) continue;
                openQuote = '\0';
                var next = After(line, close);
                if (next >= 0) found.Add(new(n + 1, next + 1, YamlWords.AfterQuote(null)));
                continue;
            }

            var tab = line.IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                found.Add(new(n + 1, tab + 1, YamlWords.Tab(n + 1, tab == 0)));
                continue;
            }

            var mistake = Check(line, indent, n + 1, ref blockParent, ref openQuote,
                name => (anchors ??= Anchors(text)).Contains(name));
            if (mistake is not null) found.Add(mistake);
        }

        return found;
    }

    private static YamlMistake? Check(string line, int pos, int number, ref int blockParent, ref char openQuote,
        Func<string, bool> anchored)
    {
        var indent = pos;
        var item = false;
        while (pos < line.Length && line[pos] == '-' && (pos + 1 == line.Length || line[pos + 1] == ' '))
        {
            item = true;
            pos++;
            while (pos < line.Length && line[pos] == ' ') pos++;
        }

        if (pos == line.Length) return null;
        if (!item && line[pos] == '*' && pos + 1 < line.Length && line[pos + 1] == ' ')
        {
            return new(number, pos + 1, YamlWords.StarBullet);
        }

        string? key = null;
        var match = KeyPattern().Match(line, pos, line.Length - pos);
        if (match.Success)
        {
            key = match.Groups[1].Value;
            pos = match.Index + match.Length;
            while (pos < line.Length && line[pos] == ' ') pos++;
            if (pos == line.Length || line[pos] == '#') return null;
        }
        else if (!item)
        {
            return null; // text running on from the line above
        }

        var value = line[pos..];
        switch (value[0])
        {
            case '|' or '>':
                if (BlockHeader().IsMatch(value)) blockParent = indent;
                return null;
            case '"' or '\'':
                var close = Closes(line, pos + 1, value[0]);
                if (close < 0)
                {
                    openQuote = value[0];
                    return null;
                }

                var next = After(line, close);
                if (next < 0) return null;
                return new(number, next + 1, value[0] == '\'' && next == close + 1 && char.IsLetter(line[next])
                    ? YamlWords.Apostrophe(key)
                    : YamlWords.AfterQuote(key));
            case '@' or '`' or '%':
                return new(number, pos + 1, YamlWords.Reserved(value[0], key, Plain(value)));
            case '*' or '&':
                var name = NamePattern().Match(value, 1).Value;
                if (name.Length > 0 && (value[0] == '&' || anchored(name))) return null;
                return new(number, pos + 1, YamlWords.Alias(value[0], key is null));
            case '[' or '{' or '!':
                return null;
        }

        if (key is null) return null;
        var plain = Plain(value);
        var colon = plain.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 && plain.EndsWith(':')) colon = plain.Length - 1;
        return colon >= 0 ? new(number, pos + colon + 1, YamlWords.Colon(key, plain)) : null;
    }

    /// <summary>The index of the quote that closes a value opened by <paramref name="quote"/>, from
    /// <paramref name="start"/>; -1 when it is not on this line.</summary>
    private static int Closes(string line, int start, char quote)
    {
        for (var i = start; i < line.Length; i++)
        {
            if (quote == '"' && line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == quote)
            {
                if (quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'') i++;
                else return i;
            }
        }

        return -1;
    }

    /// <summary>Where text starts after the closing quote at <paramref name="close"/>; -1 when nothing but spaces or
    /// a comment follows.</summary>
    private static int After(string line, int close)
    {
        var next = close + 1;
        while (next < line.Length && line[next] == ' ') next++;
        return next == line.Length || line[next] == '#' ? -1 : next;
    }

    private static string Plain(string value)
    {
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return (comment < 0 ? value : value[..comment]).TrimEnd();
    }

    private static HashSet<string> Anchors(string text) =>
        AnchorPattern().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\G([^\s""'#:\[\]{},&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?):(?= |$)")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^[|>][-+0-9]*\s*(#.*)?$")]
    private static partial Regex BlockHeader();

    [GeneratedRegex(@"\G[^\s\[\]{},]+")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"&([^\s\[\]{},]+)")]
    private static partial Regex AnchorPattern();
}

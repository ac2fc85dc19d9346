using LeafletTool.Core.Text;

namespace LeafletTool.Core.Yaml;

/// <summary>
/// What a YAML syntax error means, in the words of someone who edits leaflets rather than programs, with what to do:
/// the messages of <see cref="YamlMistakes"/>, and the parser's own errors put into the same words.
/// </summary>
public static class YamlWords
{
    public const string StarBullet =
        "a list item starts with \"- \", not \"* \": write \"- \" in place of the \"*\"";

    public static string Tab(int line, bool atStart) => atStart
        ? $"line {line} starts with a tab: YAML needs spaces for indenting; replace the tab with spaces"
        : $"line {line} is indented with a tab: YAML needs spaces for indenting; replace the tab with spaces";

    public static string Alias(char c, bool listItem) => listItem
        ? $"a list item cannot start with \"{c}\": write the text after \"- \", or quote it (- \"{c} …\")"
        : $"a value cannot start with \"{c}\" (YAML reads it as a reference): put the whole value in quotes";

    public static string Reserved(char c, string? key, string value) =>
        $"a value cannot start with {Shown(c)} in YAML: put the whole value in quotes, like "
        + Example(key, value);

    public static string Colon(string key, string value) =>
        $"the text of \"{key}\" has \": \" in it, which YAML reads as the start of another field: put the whole text "
        + "in quotes, like " + Example(key, value);

    public static string AfterQuote(string? key) =>
        $"there is more text after the closing quote{Of(key)}: put the whole value in quotes, or take the quotes out";

    public static string Apostrophe(string? key) =>
        $"the value{Of(key)} is in single quotes and has an apostrophe inside, which ends it: write the apostrophe "
        + "twice (''), or use double quotes";

    public static string Unclosed(int line, char quote) =>
        $"the quote ({quote}) that opens the value on line {line} is never closed: add the closing {quote} at the end "
        + "of the value, or take the opening one out";

    public static string Indentation(int line) =>
        $"line {line} does not line up with the lines around it: fields of the same block start in the same "
        + "column, and text that runs on to the next line is indented more than its field (use spaces)";

    /// <summary>The parser's error <paramref name="raw"/> at <paramref name="at"/> in plain words, and the column to
    /// point at when it is not the parser's; null when it is not one of the errors known here.</summary>
    public static (string Words, int Column)? Explain(string text, SourcePosition at, string raw)
    {
        var line = LineAt(text, at.Line);
        var index = Math.Clamp(at.Column - 1, 0, line.Length);
        var c = index < line.Length ? line[index] : '\0';
        if (raw.Contains("tab", StringComparison.OrdinalIgnoreCase)) return null;
        if (raw.Contains("quoted scalar", StringComparison.Ordinal) && c is '"' or '\'')
        {
            return (Unclosed(at.Line, c), at.Column);
        }

        if (raw.Contains("anchor or alias", StringComparison.Ordinal) && c is '*' or '&')
        {
            return (Alias(c, line.TrimStart().StartsWith('-')), at.Column);
        }

        if (raw.Contains("cannot start any token", StringComparison.Ordinal) && c is '@' or '`' or '%')
        {
            return (Reserved(c, null, line[index..].Trim()), at.Column);
        }

        if (raw.Contains("invalid mapping", StringComparison.Ordinal)
            || raw.Contains("mapping values are not allowed", StringComparison.Ordinal))
        {
            // A colon after this line's own first "key:" is one inside a value; the line's own colon means the line
            // was read as text running on from the line above: it is indented too far.
            var first = line.IndexOf(": ", StringComparison.Ordinal);
            if (first >= 0 && index > first)
            {
                var key = line[..first].Trim().TrimStart('-', ' ');
                return (Colon(key, line[(first + 2)..].Trim()), at.Column);
            }

            return (FurtherIn(text, at.Line, line) ?? Indentation(at.Line), TextStart(line));
        }

        if (raw.Contains("did not find expected", StringComparison.Ordinal)
            || raw.Contains("could not find expected ':'", StringComparison.Ordinal)
            || raw.Contains("wrong indentation", StringComparison.Ordinal))
        {
            return (Indentation(at.Line), TextStart(line));
        }

        return null;
    }

    /// <summary>A field that starts further right than the field on the line above, so YAML reads it as more of that
    /// field's text: said with both names; null when the line above is not a field.</summary>
    private static string? FurtherIn(string text, int number, string line)
    {
        var key = KeyOf(line);
        for (var above = number - 1; key is not null && above >= 1; above--)
        {
            var previous = LineAt(text, above);
            if (previous.Trim().Length == 0 || previous.TrimStart().StartsWith('#')) continue;
            var field = KeyOf(previous);
            if (field is null || field.Value.Column >= key.Value.Column) return null;
            return $"\"{key.Value.Name}:\" on line {number} starts further right than \"{field.Value.Name}:\" on line "
                + $"{above}, so YAML reads it as more of its text: start it in column {field.Value.Column}, under "
                + $"\"{field.Value.Name}:\", with spaces";
        }

        return null;
    }

    private static (string Name, int Column)? KeyOf(string line)
    {
        var start = line.Length - line.TrimStart(' ', '-').Length;
        var colon = line.IndexOf(':', start);
        if (colon <= start || (colon + 1 < line.Length && line[colon + 1] != ' ')) return null;
        var name = line[start..colon];
        return name.Contains(' ', StringComparison.Ordinal) ? null : (name, start + 1);
    }

    private static int TextStart(string line) => line.Length - line.TrimStart(' ').Length + 1;

    private static string LineAt(string text, int number)
    {
        var start = 0;
        for (var n = 1; n < number; n++)
        {
            var next = text.IndexOf('\n', start);
            if (next < 0) return "";
            start = next + 1;
        }

        var end = text.IndexOf('\n', start);
        return (end < 0 ? text[start..] : text[start..end]).TrimEnd('\r');
    }

    private static string Of(string? key) => key is null ? "" : $" of \"{key}\"";

    private static string Shown(char c) => c == '`' ? "a backtick (`)" : $"\"{c}\"";

    private static string Example(string? key, string value)
    {
        var shown = value.Length > 40 ? value[..37] + "…" : value;
        var quoted = shown.Contains('"', StringComparison.Ordinal) ? $"'{shown}'" : $"\"{shown}\"";
        return key is null ? quoted : $"{key}: {quoted}";
    }
}

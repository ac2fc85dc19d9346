using System.Text;

namespace LeafletTool.Core.ChangeControl;

/// <summary>
/// The diff for a pull-request comment: deletions ~~struck~~, insertions in **bold**, each leaflet under its own
/// heading with a table of metadata changes. Kept under <see cref="MaxLength"/> characters (a comment holds 65,536):
/// a longer one is cut at a line and ends with a note that says so.
/// </summary>
public static class DiffMarkdownFormat
{
    public const int MaxLength = 60_000;

    public static string Write(IReadOnlyList<LeafletDiff> diffs, int maxLength = MaxLength)
    {
        var lines = new List<string>();
        foreach (var diff in diffs) AddLeaflet(lines, diff);
        lines.Add(DiffWords.Summary(diffs));
        var builder = new StringBuilder();
        var cut = $"_The diff is cut here: it is longer than {maxLength:N0} characters. Run `leaflet diff` with "
            + "`--format html` to read all of it._";
        foreach (var line in lines)
        {
            if (builder.Length + line.Length + 1 > maxLength - cut.Length - 2)
            {
                builder.Append('\n').Append(cut).Append('\n');
                break;
            }

            builder.Append(line).Append('\n');
        }

        return builder.ToString();
    }

    private static void AddLeaflet(List<string> lines, LeafletDiff diff)
    {
        lines.Add($"### {Escape(DiffWords.Heading(diff))}");
        lines.Add("");
        if (diff.Metadata.Count > 0)
        {
            lines.Add("| field | before | after |");
            lines.Add("|---|---|---|");
            foreach (var m in diff.Metadata)
                lines.Add($"| {DiffWords.FieldName(m.Field)} | {Escape(m.Old ?? "")} | {Escape(m.New ?? "")} |");
            lines.Add("");
        }

        if (!diff.TextChanged)
        {
            lines.Add($"_{DiffWords.NoTextChange}_");
            lines.Add("");
            return;
        }

        foreach (var run in DiffWords.Runs(diff.Sections))
        {
            if (run.Unchanged is { } names)
            {
                lines.Add($"_{Escape(DiffWords.Unchanged(names))}_");
                lines.Add("");
                continue;
            }

            var section = run.Section!;
            lines.Add($"#### {Escape(section.Name)} ({DiffWords.StateName(section.State)})");
            lines.Add("");
            var step = 0;
            var previous = LineKind.Text;
            foreach (var line in DiffWords.Shown(section))
            {
                step = line.Kind == LineKind.Step ? step + 1 : 0;
                var listed = line.Kind is LineKind.Bullet or LineKind.Step;
                if (lines[^1].Length > 0 && (!listed || previous != line.Kind)) lines.Add("");
                var prefix = line.Kind == LineKind.Note ? "> **Note:** " : DiffWords.Prefix(line.Kind, step);
                lines.Add(prefix + Spans(line, prefix.Length == 0));
                previous = line.Kind;
            }

            lines.Add("");
        }
    }

    private static string Spans(DiffLine line, bool startsLine)
    {
        // Emphasis against a word is not emphasis in markdown: changed punctuation keeps a space before it.
        return DiffWords.Join(line.Spans, (s, i) =>
        {
            var text = Escape(s.Text, startsLine && i == 0);
            return s.Change switch
            {
                Change.Deleted => "~~" + text + "~~",
                Change.Inserted => "**" + text + "**",
                _ => text,
            };
        }, s => s.Change == Change.Same);
    }

    /// <summary>Backslashes every character markdown could take as markup, and a leading number or dash that would
    /// start a list.</summary>
    public static string Escape(string text, bool startsLine = false)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '~' or '[' or ']' or '<' or '>' or '#' or '|' or '!')
                builder.Append('\\');
            builder.Append(c);
        }

        var escaped = builder.ToString();
        if (!startsLine) return escaped;
        if (escaped.Length > 0 && escaped[0] is '-' or '+' or '=') return "\\" + escaped;
        var digits = escaped.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && digits < escaped.Length && escaped[digits] is '.' or ')'
            ? escaped[..digits] + "\\" + escaped[digits..]
            : escaped;
    }
}

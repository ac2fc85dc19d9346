using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LeafletTool.Core.Rendering.PlainText;

/// <summary>
/// Lays out rendered plain text for e-mail, SMS and text-only pages: lines wrapped at <see cref="Width"/> characters,
/// list items ("- ", "1. ") continued under their text, a heading's underline ("===" or "---" on the next line)
/// made as long as the heading, trailing spaces removed, at most one blank line in a row, one newline at the end.
/// A word longer than a line is split, except a web or e-mail address, which is kept whole on its own line.
/// </summary>
public static partial class TextWrapper
{
    public const int Width = 80;

    [GeneratedRegex(@"^(?<indent> *)(?<marker>(?:[-*•]|\d{1,3}[.)]) )?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^(?:={3,}|-{3,})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Underline();

    public static string Layout(string text, int width = Width)
    {
        var output = new List<string>();
        var previous = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                if (output.Count > 0 && output[^1].Length > 0) output.Add("");
                previous = [];
                continue;
            }

            if (Underline().IsMatch(line) && previous.Count > 0)
            {
                output.Add(new string(line[0], Math.Min(width, previous.Max(Length))));
                previous = [];
                continue;
            }

            previous = Wrap(line, width);
            output.AddRange(previous);
        }

        while (output.Count > 0 && output[^1].Length == 0) output.RemoveAt(output.Count - 1);
        return output.Count == 0 ? "" : string.Join('\n', output) + "\n";
    }

    /// <summary>One line wrapped at <paramref name="width"/>, continuation lines indented under the text of a list item.</summary>
    public static List<string> Wrap(string line, int width)
    {
        if (Length(line) <= width) return [line];
        var prefix = Prefix().Match(line).Value;
        var hanging = new string(' ', Length(prefix));
        var lines = new List<string>();
        var current = new StringBuilder(prefix);
        var currentLength = Length(prefix);
        var lineHasWord = false;
        foreach (var word in line[prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = IsAddress(word) ? [word] : Pieces(word, width - hanging.Length);
            foreach (var piece in pieces)
            {
                var pieceLength = Length(piece);
                if (lineHasWord && currentLength + 1 + pieceLength > width)
                {
                    lines.Add(current.ToString());
                    current.Clear().Append(hanging);
                    currentLength = hanging.Length;
                    lineHasWord = false;
                }

                if (lineHasWord)
                {
                    current.Append(' ');
                    currentLength++;
                }

                current.Append(piece);
                currentLength += pieceLength;
                lineHasWord = true;
            }
        }

        if (lineHasWord) lines.Add(current.ToString());
        return lines;
    }

    /// <summary>Web and e-mail addresses, with any brackets or punctuation around them, are never split.</summary>
    public static bool IsAddress(string word) =>
        word.Contains("://", StringComparison.Ordinal) || word.Contains('@', StringComparison.Ordinal)
        || word.TrimStart('(').StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Characters as a reader counts them: a letter with its accents is one.</summary>
    public static int Length(string text) => text.All(c => c < 0x300) ? text.Length : new StringInfo(text).LengthInTextElements;

    private static List<string> Pieces(string word, int max)
    {
        max = Math.Max(max, 10);
        if (Length(word) <= max) return [word];
        var pieces = new List<string>();
        var elements = StringInfo.GetTextElementEnumerator(word);
        var piece = new StringBuilder();
        var count = 0;
        while (elements.MoveNext())
        {
            if (count == max)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
                count = 0;
            }

            piece.Append(elements.GetTextElement());
            count++;
        }

        if (piece.Length > 0) pieces.Add(piece.ToString());
        return pieces;
    }
}

using System.Text;
using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Core.Baseline;

/// <summary>
/// Turns findings into baseline entries. A finding has no span, only where it starts, so "the words it is about" are
/// the word of the source at its line and column (the misspelt word, the first word of a long sentence, the date
/// value), and its message with every number left out (numbers count days, words or name other lines, and change
/// when nothing about the finding did). Findings with the same file, rule, words and message are told apart by their
/// occurrence number, in line order.
/// </summary>
public static class FindingKeys
{
    /// <summary>The most characters of source kept as the words of a finding.</summary>
    public const int MaxTextLength = 60;

    private const string Trimmed = "\"'`,.;:!?()[]{}<>";

    /// <summary>One entry per finding, in the order given. <paramref name="file"/> names the finding's file as the
    /// baseline does; <paramref name="sourceLine"/> gives the text of a line of a file (null when there is none).
    /// </summary>
    public static IReadOnlyList<BaselineEntry> For(IReadOnlyList<Diagnostic> diagnostics,
        Func<Diagnostic, string> file, Func<Diagnostic, string?> sourceLine)
    {
        var seen = new Dictionary<(string, string, string, string), int>();
        var entries = new BaselineEntry[diagnostics.Count];
        // Occurrences count in line order, whatever order the findings come in.
        var order = Enumerable.Range(0, diagnostics.Count)
            .OrderBy(i => diagnostics[i], Diagnostic.Order).ThenBy(i => i);
        foreach (var i in order)
        {
            var d = diagnostics[i];
            var key = (file(d), d.Rule, TextAt(sourceLine(d), d.Column), Message(d.Message));
            var occurrence = seen.GetValueOrDefault(key) + 1;
            seen[key] = occurrence;
            entries[i] = new BaselineEntry(key.Item1, key.Item2, key.Item3, key.Item4, occurrence);
        }

        return entries;
    }

    /// <summary>The word that starts at the 1-based <paramref name="column"/> (UTF-16 units, as findings count) of
    /// <paramref name="line"/>: up to the next space, without quotes and punctuation around it; empty when the column
    /// is past the end or on a space.</summary>
    public static string TextAt(string? line, int column)
    {
        if (line is null || column < 1 || column > line.Length) return "";
        var start = column - 1;
        var end = start;
        while (end < line.Length && !char.IsWhiteSpace(line[end]) && end - start < MaxTextLength) end++;
        if (end < line.Length && char.IsLowSurrogate(line[end]) && end > start) end--;
        return line[start..end].Trim(Trimmed.ToCharArray());
    }

    /// <summary>The first sentence of the message (what is wrong; the advice after it, such as the words suggested,
    /// changes with the dictionaries), with each run of digits written as <c>#</c> and spaces collapsed.</summary>
    public static string Message(string message)
    {
        message = FirstSentence(message);
        var text = new StringBuilder(message.Length);
        var lastWasSpace = false;
        for (var i = 0; i < message.Length; i++)
        {
            var c = message[i];
            if (char.IsAsciiDigit(c))
            {
                while (i + 1 < message.Length && char.IsAsciiDigit(message[i + 1])) i++;
                text.Append('#');
                lastWasSpace = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace && text.Length > 0) text.Append(' ');
                lastWasSpace = true;
            }
            else
            {
                text.Append(c);
                lastWasSpace = false;
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string FirstSentence(string message)
    {
        for (var i = 1; i + 2 < message.Length; i++)
        {
            if (message[i] is ('.' or '?' or '!') && message[i + 1] == ' ' && char.IsUpper(message[i + 2]))
            {
                return message[..(i + 1)];
            }
        }

        return message;
    }
}

using System.Runtime.CompilerServices;
using LeafletTool.Core.Config;
using LeafletTool.Core.Markup;
using LeafletTool.Core.Model;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Rules.Style;

/// <summary>What the content-style rules share: accepted words, the case of suggestions, links and addresses.
/// </summary>
internal static class StyleText
{
    private static readonly ConditionalWeakTable<ProjectConfig, PhraseIndex> PlainIndexes = new();

    /// <summary><see cref="char.IsUpper(char)"/>, without a call for the ASCII letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => char.IsAscii(c) ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);

    /// <summary>Whether the leaflet's <c>accept:</c> list holds these words (any case).</summary>
    public static bool IsAccepted(Leaflet leaflet, ReadOnlySpan<char> words)
    {
        foreach (var accepted in leaflet.Accept)
        {
            if (words.Equals(accepted.Value.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>The plain-words list with the configuration's own pairs (<c>plain_words:</c>) added.</summary>
    public static PhraseIndex PlainWordsOf(ProjectConfig config) =>
        config.PlainWords.Count == 0
            ? StyleData.PlainWords
            : PlainIndexes.GetValue(config, c => StyleData.PlainWords.With(
                c.PlainWords.Select(p => (p.Key, p.Value.Split('|', StringSplitOptions.TrimEntries
                    | StringSplitOptions.RemoveEmptyEntries)))));

    /// <summary>The suggestion in the case of what was written: "Prior to" gives "Before".</summary>
    public static string InCaseOf(string suggestion, ReadOnlySpan<char> written) =>
        written.Length > 0 && char.IsUpper(written[0]) && suggestion.Length > 0 && char.IsLower(suggestion[0])
        && !(written.Length > 1 && char.IsUpper(written[1]) && suggestion.Length > 1)
            ? char.ToUpperInvariant(suggestion[0]) + suggestion[1..]
            : suggestion;

    /// <summary>"'before'" or "'get' or 'receive'".</summary>
    public static string Quoted(string[] alternatives, ReadOnlySpan<char> written)
    {
        var quoted = new string[alternatives.Length];
        for (var i = 0; i < quoted.Length; i++) quoted[i] = $"'{InCaseOf(alternatives[i], written)}'";
        return string.Join(" or ", quoted);
    }

    /// <summary>Whether the character at <paramref name="index"/> is inside a link's address or a web or e-mail
    /// address written in the text, which the style rules leave alone.</summary>
    public static bool IsInAddress(string value, int index, ReadOnlySpan<TextRange> hidden)
    {
        if (MarkupRanges.IsHidden(hidden, index, out _)) return true;
        var start = index;
        while (start > 0 && !char.IsWhiteSpace(value[start - 1])) start--;
        var end = index;
        while (end < value.Length && !char.IsWhiteSpace(value[end])) end++;
        var chunk = value.AsSpan(start, end - start);
        return chunk.Contains('@') || chunk.Contains("://", StringComparison.Ordinal)
            || chunk.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || chunk.Contains(".uk", StringComparison.Ordinal) || chunk.Contains(".com", StringComparison.Ordinal)
            || chunk.Contains(".org", StringComparison.Ordinal);
    }

    /// <summary>Whether a sentence starts at <paramref name="index"/>: the text's start, or after a full stop,
    /// question or exclamation mark, colon or an opening bracket or quote (spaces and markup between).</summary>
    public static bool StartsSentence(string value, int index)
    {
        var i = index - 1;
        while (i >= 0 && (char.IsWhiteSpace(value[i]) || value[i] is '*' or '_' or '"' or '\u201C' or '\'' or '\u2018'))
            i--;
        return i < 0 || value[i] is '.' or '?' or '!' or ':' or '(' or '[' or '\u2022' or '-' or '\u2013' or '\u2014';
    }

    /// <summary>Whether words explain a term where it stands: "term (explanation)", "everyday words (term)",
    /// "(a term)", "everyday words, called term", "known as term", "term is a ...".</summary>
    public static bool IsExplainedAt(string value, int start, int end)
    {
        var after = end;
        while (after < value.Length && value[after] is ' ' or '\n') after++;
        if (after + 1 < value.Length && value[after] == '(' && char.IsLetter(value[after + 1])) return true;
        var open = value.LastIndexOf('(', Math.Max(0, start - 1), Math.Min(start, 40));
        if (open >= 0 && value.IndexOf(')', open, start - open) < 0)
        {
            var close = value.IndexOf(')', end);
            if (close >= 0 && close - end < 40) return true;
        }

        var before = value.AsSpan(0, start).TrimEnd();
        foreach (var cue in (string[])["called", "known as", "also called", "termed"])
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase)
                && (before.Length == cue.Length || !char.IsLetter(before[^(cue.Length + 1)]))) return true;
        }

        var rest = value.AsSpan(after);
        if (rest.Length > 0 && rest[0] == '/')
        {
            // "Dysphasia/aphasia – a language disorder": the explanation may follow a second term.
            var space = rest.IndexOfAny(' ', '\n');
            rest = space > 0 ? rest[space..].TrimStart(" \n") : [];
        }

        if (rest.Length > 2 && rest[0] is '\u2013' or '\u2014' or '-' && rest[1] == ' ' && char.IsLetter(rest[2]))
            return true;
        foreach (var cue in (string[])["is a ", "is an ", "is the ", "means ", "is when "])
        {
            if (rest.StartsWith(cue, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>Whether the words from <paramref name="start"/> to <paramref name="end"/> are quoted as a term
    /// ("often termed a ‘query proceed’"): a closing quote right after them, its opening quote a few words before.
    /// </summary>
    public static bool IsQuoted(string value, int start, int end)
    {
        if (end >= value.Length || value[end] is not ('\u2019' or '\u201D' or '"' or '\'')) return false;
        if (end + 1 < value.Length && char.IsLetter(value[end + 1])) return false;
        var from = Math.Max(0, start - 30);
        return value.AsSpan(from, start - from).IndexOfAny("\u2018\u201C\"'") >= 0;
    }

    /// <summary>Words in capitals (two letters or more), perhaps with a plural s: "MRI", "GPs", "DO".</summary>
    public static bool IsCapitals(ReadOnlySpan<char> word)
    {
        var letters = word.Length > 2 && word[^1] == 's' ? word[..^1] : word;
        if (letters.Length < 2) return false;
        var upper = 0;
        foreach (var c in letters)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLetter(c)) return false;
        }

        return upper >= 2;
    }
}

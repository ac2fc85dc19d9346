using System.Buffers;
using System.Globalization;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Words;
using LeafletTool.Core.Model;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Rules.Structure;

/// <summary>
/// <c>hidden-characters</c>: characters nobody sees in an editor that change what a patient gets, common in text
/// pasted from Word or a PDF: zero-width spaces and joiners (a search for the word fails, a screen reader stumbles),
/// soft hyphens, bidirectional controls (they can reorder what is shown), control characters, and a non-breaking space
/// inside a word ("hos pital", as PDFs give; between two words or a number and its unit it is a choice, left alone).
/// Reads the file as written (comment lines aside), so it points at each character, names it, and offers the word
/// without it. A zero-width joiner inside an emoji sequence is part of the emoji and is left alone.
/// </summary>
public sealed class HiddenCharactersRule : ILeafletRule
{
    // Besides controls and bidirectional controls: no-break spaces, soft hyphen, the zero-width characters,
    // Mongolian vowel separator, invisible operators, and a byte-order mark.
    private static readonly SearchValues<char> Candidates = SearchValues.Create(
        UnseenCharacters.Controls + UnseenCharacters.Bidirectional
        + "\u00a0\u00ad\u180e\u200b\u200c\u200d\u202f\u2060\u2061\u2062\u2063\u2064\ufeff");

    public RuleInfo Info => RuleCatalogue.HiddenCharacters;

    /// <summary>
    /// Whether <paramref name="text"/> holds a candidate, as <c>IndexOfAny(Candidates)</c> says, faster: no candidate
    /// is printable ASCII, so a scan for anything else (a simple vectorised range test) passes over nearly all of a
    /// leaflet, and only what it stops at (line breaks, tabs, curly quotes, dashes) is tested. The search of the
    /// candidates themselves, a set of scattered characters, ran at about 1 GB/s in the published program: 2.2 % of
    /// a build of 10,000 leaflets of long paragraphs.
    /// </summary>
    internal static bool HasCandidate(ReadOnlySpan<char> text)
    {
        for (var at = 0; at < text.Length; at++)
        {
            var next = text[at..].IndexOfAnyExceptInRange(' ', '~');
            if (next < 0) return false;
            at += next;
            if (Candidates.Contains(text[at])) return true;
        }

        return false;
    }

    /// <summary>Whether a character is one the rule looks at more closely (never printable ASCII).</summary>
    internal static bool IsCandidate(char c) => Candidates.Contains(c);

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        var source = leaflet.Source.Text;
        if (!HasCandidate(source)) return; // nearly every leaflet
        var (line, column, lineStart) = (1, 1, 0);
        Lexicon? lexicon = null;
        for (var at = 0; at < source.Length; at++)
        {
            var c = source[at];
            if (ScalarSourceOffsets.IsBreak(c) && !(c == '\r' && at + 1 < source.Length && source[at + 1] == '\n'))
            {
                (line, column, lineStart) = (line + 1, 1, at + 1);
                continue;
            }

            if (Candidates.Contains(c) && Name(source, at, i => Between(i) == Sides.OneWord) is { } name
                && !IsCommentLine(source, lineStart))
            {
                var (start, end) = WordAround(source, at);
                var word = source[start..end];
                // Between two words a zero-width space stood for a space ("Pain relief", not "Painrelief"), unless
                // the two make a word ("Cryotherapy").
                var spaced = c is '\u200b' or '\u2060' && Between(at) == Sides.TwoWords && !JoinedIsWord(at);
                var instead = spaced ? " " : "";
                var cleaned = Clean(word, at - start, instead);
                var position = new SourcePosition(line, column, at);
                var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                var fix = cleaned.Length == 0 ? "Delete it." : $"Without it: \"{cleaned}\".";
                bag.Report(Info, position,
                    $"A hidden {name} (U+{code}) is in \"{Visible(word)}\", often left by text pasted from Word or a "
                    + $"PDF. {fix}", cleaned.Length == 0 ? null : cleaned);
            }

            column++;
        }

        // Called after Between(at) found letters on both sides, so the lexicon is made.
        bool JoinedIsWord(int at)
        {
            var (start, end) = (at, at + 1);
            while (start > 0 && char.IsLetter(source[start - 1])) start--;
            while (end < source.Length && char.IsLetter(source[end])) end++;
            var joined = string.Concat(source.AsSpan(start, at - start), source.AsSpan(at + 1, end - at - 1));
            return lexicon!.IsKnown(joined);
        }

        // What the letters either side of the character at "at" make: one word ("hos pital": a non-breaking space there
        // is reported), two words ("Mr Smith", "blood pressure": a non-breaking space is a choice, left alone; a
        // zero-width space stood for a space), or neither.
        Sides Between(int at)
        {
            if (!IsLetter(source, at - 1) || !IsLetter(source, at + 1)) return Sides.Neither;
            var (start, end) = (at, at + 1);
            while (start > 0 && char.IsLetter(source[start - 1])) start--;
            while (end < source.Length && char.IsLetter(source[end])) end++;
            var left = source.AsSpan(start, at - start);
            var right = source.AsSpan(at + 1, end - at - 1);
            lexicon ??= new Lexicon(Lexicon.HouseOf(context.Config.HouseWords).Words, WordSet.Empty,
                acceptAmerican: true);
            var two = lexicon.IsKnown(left) && lexicon.IsKnown(right);
            return two ? Sides.TwoWords : lexicon.IsKnown(string.Concat(left, right)) ? Sides.OneWord : Sides.Neither;
        }
    }

    private enum Sides
    {
        Neither,
        OneWord,
        TwoWords,
    }

    /// <summary>What the character at <paramref name="at"/> is, when it is one to report.</summary>
    private static string? Name(string source, int at, Func<int, bool> insideWord) => source[at] switch
    {
        '\u200b' => "zero-width space",
        '\u200c' => IsLetter(source, at - 1) && IsLetter(source, at + 1) && IsLatin(source, at)
            ? "zero-width non-joiner" : null,
        '\u200d' => IsEmojiPart(source, at - 1) || IsEmojiPart(source, at + 1) ? null : "zero-width joiner",
        '\u2060' => "word joiner",
        '\ufeff' => at == 0 ? null : "zero-width no-break space (a byte-order mark inside the text)",
        '\u00ad' => "soft hyphen",
        '\u180e' => "Mongolian vowel separator",
        '\u2061' or '\u2062' or '\u2063' or '\u2064' => "invisible operator",
        '\u00a0' or '\u202f' => insideWord(at) ? "non-breaking space inside a word" : null,
        '\u061c' or '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069') =>
            "bidirectional control character",
        _ => "control character",
    };

    private static bool IsLetter(string source, int at) => at >= 0 && at < source.Length && char.IsLetter(source[at]);

    private static bool IsLatin(string source, int at) => source[at - 1] < '\u0250' && source[at + 1] < '\u0250';

    private static bool IsEmojiPart(string source, int at) =>
        at >= 0 && at < source.Length && (char.IsSurrogate(source[at]) || source[at] is '\ufe0f' or '\u2640'
            or '\u2642' or '\u2695' or '\u2764');

    private static bool IsCommentLine(string source, int lineStart)
    {
        var at = lineStart;
        while (at < source.Length && source[at] is ' ' or '\t') at++;
        return at < source.Length && source[at] == '#';
    }

    /// <summary>The run of characters around <paramref name="at"/> up to spaces or line ends on either side.</summary>
    private static (int Start, int End) WordAround(string source, int at)
    {
        const int Most = 60;
        var start = at;
        while (start > 0 && at - start < Most && !IsWordEnd(source[start - 1])) start--;
        var end = at + 1;
        while (end < source.Length && end - at < Most && !IsWordEnd(source[end])) end++;
        return (start, end);
    }

    private static bool IsWordEnd(char c) => c is ' ' or '\t' or '"' or '\'' || ScalarSourceOffsets.IsBreak(c);

    /// <summary>The text without hidden characters, the one reported (at <paramref name="flagged"/>) replaced by
    /// <paramref name="instead"/>; other non-breaking spaces are kept.</summary>
    private static string Clean(string text, int flagged, string instead)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i == flagged) builder.Append(instead);
            else if (!Candidates.Contains(c) || c is '\u00a0' or '\u202f') builder.Append(c);
            else if (c == '\u200d' && (IsEmojiPart(text, i - 1) || IsEmojiPart(text, i + 1))) builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The word as the message quotes it, its hidden characters shown as ⟨U+200B⟩.</summary>
    private static string Visible(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!Candidates.Contains(c)) builder.Append(c);
            else builder.Append("⟨U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('⟩');
        }

        return builder.ToString();
    }
}

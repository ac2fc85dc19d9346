using System.Buffers;
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

    /// <summary>Lays out a page with builders of its own.</summary>
    public static string Layout(string text, int width = Width) => Layout(text, width, new LayoutBuffers());

    /// <summary>
    /// Lays out a page with the caller's builders, reused from page to page: a page's layout allocated 48 KB for a
    /// 10 KB page, most of it these builders and a string and a Match for the prefix of every line it wrapped.
    /// </summary>
    internal static string Layout(string text, int width, LayoutBuffers buffers)
    {
        var builder = Lines(text, width, buffers, out var hasText);
        var page = hasText ? builder.ToString() : "";
        GiveBack(ref buffers.Page, builder);
        return page;
    }

    /// <summary>
    /// Lays out a page (line endings <c>\r\n</c> or <c>\n</c>) into UTF-8 bytes: the same bytes as
    /// <see cref="Layout(string, int)"/>'s text of the text with <c>\r\n</c> made <c>\n</c>, never a string.
    /// </summary>
    internal static void LayoutUtf8(ReadOnlySpan<char> text, int width, LayoutBuffers buffers,
        IBufferWriter<byte> into)
    {
        // A line's trailing white space, a \r included, is removed before it is laid out: so \r\n is \n here.
        var builder = Lines(text, width, buffers, out var hasText);
        if (hasText)
        {
            var encoder = buffers.Encoder;
            encoder.Reset();
            foreach (var chunk in builder.GetChunks()) encoder.Convert(chunk.Span, into, false, out _, out _);
            encoder.Convert([], into, true, out _, out _);
        }

        GiveBack(ref buffers.Page, builder);
    }

    /// <summary>The page's lines in the page builder (taken from <paramref name="buffers"/>, to be given back).
    /// </summary>
    private static StringBuilder Lines(ReadOnlySpan<char> text, int width, LayoutBuffers buffers, out bool hasText)
    {
        var builder = Take(ref buffers.Page, text.Length + (text.Length >> 4));
        var output = new TextLines(builder);
        var previousLines = 0;
        var previousMax = 0;
        var rest = text;
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).TrimEnd();
            if (line.Length == 0)
            {
                output.Blank();
                previousLines = 0;
            }
            else if (previousLines > 0 && IsUnderline(line))
            {
                output.Add(line[0], Math.Min(width, previousMax));
                previousLines = 0;
            }
            else
            {
                (previousLines, previousMax) = Wrap(line, width, ref output, buffers);
            }

            if (end < 0) break;
            rest = rest[(end + 1)..];
        }

        hasText = output.Finish();
        return builder;
    }

    /// <summary>Web and e-mail addresses, with any brackets or punctuation around them, are never split.</summary>
    public static bool IsAddress(string word) => IsAddress(word.AsSpan());

    /// <summary>Characters as a reader counts them: a letter with its accents is one.</summary>
    public static int Length(string text) => Length(text.AsSpan());

    private static bool IsAddress(ReadOnlySpan<char> word) =>
        word.Contains("://", StringComparison.Ordinal) || word.Contains('@')
        || word.TrimStart('(').StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static int Length(ReadOnlySpan<char> text)
    {
        if (IsSimple(text)) return text.Length;
        var count = 0;
        while (!text.IsEmpty)
        {
            text = text[StringInfo.GetNextTextElementLength(text)..];
            count++;
        }

        return count;
    }

    /// <summary>A line of three or more <c>=</c>, or of three or more <c>-</c>.</summary>
    private static bool IsUnderline(ReadOnlySpan<char> line) =>
        line.Length >= 3 && (line[0] == '=' || line[0] == '-') && !line.ContainsAnyExcept(line[0]);

    /// <summary>Writes the wrapped lines of one line; how many there were and the length of the longest.</summary>
    private static (int Lines, int Longest) Wrap(ReadOnlySpan<char> line, int width, ref TextLines output,
        LayoutBuffers buffers)
    {
        // A line with no joining character (most) has its length in characters, and so has every part of it.
        var simple = IsSimple(line);
        var lineLength = simple ? line.Length : Length(line);
        if (lineLength <= width)
        {
            output.Add(line);
            return (1, lineLength);
        }

        var prefixLength = 0;
        foreach (var match in Prefix().EnumerateMatches(line))
        {
            prefixLength = match.Length;
            break;
        }

        if (simple && buffers.Direct && WrapDirect(line, width, prefixLength, ref output, buffers) is { } wrapped)
        {
            return wrapped;
        }

        var prefix = line[..prefixLength];
        var hanging = simple ? prefix.Length : Length(prefix);
        var current = Take(ref buffers.Line, width + 8).Append(prefix);
        var currentLength = hanging;
        var currentSimple = IsSimple(prefix);
        var lineHasWord = false;
        var (lines, longest) = (0, 0);
        var rest = line[prefixLength..];
        while (NextWord(ref rest) is { IsEmpty: false } word)
        {
            var max = Math.Max(width - hanging, 10);
            var whole = (simple ? word.Length : Length(word)) <= max || IsAddress(word);
            while (!word.IsEmpty)
            {
                // A word longer than a line (and not an address) is cut into pieces of max characters.
                var piece = whole ? word : word[..PieceEnd(word, max)];
                word = word[piece.Length..];
                var pieceLength = simple ? piece.Length : Length(piece);
                if (lineHasWord && currentLength + 1 + pieceLength > width)
                {
                    output.Add(current);
                    var done = currentSimple ? current.Length : Length(current.ToString());
                    (lines, longest) = (lines + 1, Math.Max(longest, done));
                    current.Clear().Append(' ', hanging);
                    currentLength = hanging;
                    currentSimple = true;
                    lineHasWord = false;
                }

                if (lineHasWord)
                {
                    current.Append(' ');
                    currentLength++;
                }

                current.Append(piece);
                currentLength += pieceLength;
                currentSimple &= simple || IsSimple(piece);
                lineHasWord = true;
            }
        }

        if (lineHasWord)
        {
            output.Add(current);
            var last = currentSimple ? current.Length : Length(current.ToString());
            (lines, longest) = (lines + 1, Math.Max(longest, last));
        }

        GiveBack(ref buffers.Line, current);
        return (lines, longest);
    }

    /// <summary>
    /// A builder kept longer than this (in characters) is let go after use, so a huge page does not stay in memory.
    /// </summary>
    private const int MaxKept = 256 * 1024;

    /// <summary>The kept builder, emptied, or a new one; it is not kept while in use.</summary>
    private static StringBuilder Take(ref StringBuilder? kept, int capacity)
    {
        var builder = kept?.Clear() ?? new StringBuilder(capacity);
        kept = null;
        return builder;
    }

    private static void GiveBack(ref StringBuilder? kept, StringBuilder builder)
    {
        if (builder.Capacity <= MaxKept) kept = builder;
    }

    /// <summary>
    /// No character that can join the one before it (accents and other marks start at U+0300): its length is its
    /// character count.
    /// </summary>
    private static bool IsSimple(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('\0', '\u02FF');

    /// <summary>
    /// The next run of characters between spaces, taken off the front of <paramref name="rest"/>; empty at the end.
    /// </summary>
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(' ');
        var end = rest.IndexOf(' ');
        var word = end < 0 ? rest : rest[..end];
        rest = rest[word.Length..];
        return word;
    }

    /// <summary>Where the first <paramref name="count"/> text elements of <paramref name="word"/> end.</summary>
    private static int PieceEnd(ReadOnlySpan<char> word, int count)
    {
        var end = 0;
        for (var i = 0; i < count && end < word.Length; i++) end += StringInfo.GetNextTextElementLength(word[end..]);
        return end;
    }
}

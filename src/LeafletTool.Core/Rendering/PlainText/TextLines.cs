using System.Text;

namespace LeafletTool.Core.Rendering.PlainText;

/// <summary>
/// The lines <see cref="TextWrapper"/> lays out, written straight into one builder: a blank line only after a line
/// with text (so never two in a row), none at the end, and a newline after the last line.
/// </summary>
internal struct TextLines(StringBuilder builder)
{
    private bool hasText;
    private int blanks;

    /// <summary>A blank line, kept only when the line before has text.</summary>
    public void Blank()
    {
        if (hasText && blanks == 0) blanks = 1;
    }

    public void Add(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
        {
            blanks++;
            return;
        }

        StartLine();
        builder.Append(line);
    }

    /// <summary>A line of <paramref name="indent"/> spaces then <paramref name="text"/>, which is not empty.</summary>
    public void Add(int indent, ReadOnlySpan<char> text)
    {
        StartLine();
        builder.Append(' ', indent).Append(text);
    }

    public void Add(StringBuilder line)
    {
        if (line.Length == 0)
        {
            blanks++;
            return;
        }

        StartLine();
        builder.Append(line);
    }

    /// <summary>A line of <paramref name="count"/> times <paramref name="c"/> (an underline).</summary>
    public void Add(char c, int count)
    {
        if (count <= 0)
        {
            blanks++;
            return;
        }

        StartLine();
        builder.Append(c, count);
    }

    /// <summary>The builder the lines are written into.</summary>
    public readonly StringBuilder Builder => builder;

    /// <summary>Ends the text: the lines joined by newlines and one after the last, without blank lines at the end;
    /// false when no line has text (the builder's text is then not the page: the page is empty).</summary>
    public readonly bool Finish()
    {
        if (hasText) builder.Append('\n');
        return hasText;
    }

    private void StartLine()
    {
        if (hasText) builder.Append('\n', blanks + 1);
        else builder.Append('\n', blanks);
        hasText = true;
        blanks = 0;
    }
}

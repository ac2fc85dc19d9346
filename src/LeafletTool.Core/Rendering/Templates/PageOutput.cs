using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace LeafletTool.Core.Rendering.Templates;

/// <summary>
/// Where a page rendered straight to UTF-8 is written: the characters a template writes are kept in a buffer (one
/// renderer's own, reused from page to page), then encoded into the caller's bytes (<see cref="EncodeTo"/>), so the
/// page is never made a string.
/// For a build of 10,000 leaflets that is about 900 MB less to allocate (the html and print pages as strings, then
/// as bytes). <see cref="ToString"/> is empty: Scriban's render returns it, and nothing reads it.
/// </summary>
internal sealed class PageOutput : IScriptOutput
{
    private const int KeptCapacity = 1 << 20;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>How many characters a spilling output holds before it encodes them into its bytes.</summary>
    internal const int SpillAt = 1 << 20;

    private char[] buffer = new char[32 * 1024];
    private int length;
    private IBufferWriter<byte>? spillTo;
    private bool spilled;

    /// <summary>
    /// This output, encoding what it holds into <paramref name="into"/> whenever it passes <see cref="SpillAt"/>
    /// characters, so a very large page (the index of 100,000 leaflets, 54 MB) is never held whole as characters.
    /// What is spilled is taken back (<see cref="Emptied"/>) only from an <see cref="IRestartableWriter"/>: into any
    /// other writer, only a page written once from the start. <see cref="EncodeTo"/> must then be given the same bytes.
    /// </summary>
    public PageOutput SpillingTo(IBufferWriter<byte> into)
    {
        spillTo = into;
        spilled = false;
        return this;
    }

    /// <summary>This output, emptied for the next page (or the same page again), with what it spilled.</summary>
    public PageOutput Emptied()
    {
        if (spilled)
        {
            if (spillTo is not IRestartableWriter restartable)
            {
                throw new InvalidOperationException("what a page spilled cannot be taken back from this writer");
            }

            restartable.Restart();
            spilled = false;
        }

        length = 0;
        if (buffer.Length > KeptCapacity) buffer = new char[32 * 1024];
        return this;
    }

    /// <summary>The characters written, line endings as written.</summary>
    public ReadOnlySpan<char> Written => buffer.AsSpan(0, length);

    public void Write(string text, int offset, int count)
    {
        if (spillTo is not null && length > 0 && length + count > SpillAt) Spill();
        if (length + count > buffer.Length) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + count));
        text.CopyTo(offset, buffer, length, count);
        length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return default;
    }

    /// <summary>
    /// Encodes what was written as UTF-8 into <paramref name="into"/>, with LF line endings (as <see
    /// cref="TemplateSet.Render"/> gives), and empties the output.
    /// </summary>
    public void EncodeTo(IBufferWriter<byte> into)
    {
        Encode(length, into);
        length = 0;
        spillTo = null;
        spilled = false;
        if (buffer.Length > KeptCapacity) buffer = new char[32 * 1024];
    }

    /// <summary>Encodes what is held into the spill's bytes, but for a last <c>\r</c> that a <c>\n</c> may follow.
    /// </summary>
    private void Spill()
    {
        var keep = buffer[length - 1] == '\r' ? 1 : 0;
        Encode(length - keep, spillTo!);
        spilled = true;
        if (keep == 1) buffer[0] = '\r';
        length = keep;
    }

    /// <summary>Encodes the first <paramref name="count"/> characters held as UTF-8, with LF line endings.</summary>
    private void Encode(int count, IBufferWriter<byte> into)
    {
        var chars = buffer.AsSpan(0, count);
        if (chars.IndexOf("\r\n".AsSpan(), StringComparison.Ordinal) >= 0)
        {
            chars = chars[..WithoutCarriageReturnsBeforeNewLines(chars)];
        }

        Utf8.GetBytes(chars, into);
    }

    /// <summary>What was written, as text with LF line endings, and empties the output.</summary>
    public string Text()
    {
        var text = new string(buffer, 0, length);
        length = 0;
        if (buffer.Length > KeptCapacity) buffer = new char[32 * 1024];
        return text.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public override string ToString() => string.Empty;

    private static int WithoutCarriageReturnsBeforeNewLines(Span<char> chars)
    {
        var kept = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\r' && i + 1 < chars.Length && chars[i + 1] == '\n') continue;
            chars[kept++] = chars[i];
        }

        return kept;
    }
}

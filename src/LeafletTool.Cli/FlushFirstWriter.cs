using System.Text;

namespace LeafletTool.Cli;

/// <summary>A writer (standard error) that first flushes another (buffered standard output), so lines of the two appear
/// in the order they were written.</summary>
internal sealed class FlushFirstWriter(TextWriter inner, TextWriter first) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        first.Flush();
        inner.Write(value);
    }

    public override void Write(string? value)
    {
        first.Flush();
        inner.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        first.Flush();
        inner.Write(buffer, index, count);
    }

    public override void WriteLine(string? value)
    {
        first.Flush();
        inner.WriteLine(value);
    }

    public override void Flush() => inner.Flush();
}

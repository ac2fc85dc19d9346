using System.Text;

namespace LeafletTool.Cli.Output;

/// <summary>Writes everything to the console and keeps a copy, so a build can remember what it printed.</summary>
public sealed class TeeWriter(TextWriter console, StringWriter copy) : TextWriter
{
    public override Encoding Encoding => console.Encoding;

    public override void Write(char value)
    {
        console.Write(value);
        copy.Write(value);
    }

    public override void Write(string? value)
    {
        console.Write(value);
        copy.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        console.Write(buffer, index, count);
        copy.Write(buffer, index, count);
    }

    public override void Flush() => console.Flush();
}

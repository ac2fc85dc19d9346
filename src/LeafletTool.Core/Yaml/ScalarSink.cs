using System.Text;

namespace LeafletTool.Core.Yaml;

/// <summary>
/// Where <see cref="FlowScalar"/> and <see cref="BlockScalar"/> put the characters of a value as they rebuild it,
/// each with the source offset it came from. The fast reader keeps only the characters; the position map keeps
/// the offsets too. One decoder, two uses.
/// </summary>
internal interface IScalarSink
{
    /// <summary>One character of the value, made from the source at <paramref name="at"/>.</summary>
    void Add(char c, int at);

    /// <summary>Characters of the value all made from one place in the source, such as a decoded escape.</summary>
    void Add(string decoded, int at);

    /// <summary><paramref name="length"/> characters taken as they stand from <paramref name="source"/>.</summary>
    void Copy(string source, int start, int length);
}

/// <summary>A sink that keeps only the text of the value, in a builder the caller owns.</summary>
internal readonly struct TextSink(StringBuilder text) : IScalarSink
{
    public void Add(char c, int at) => text.Append(c);

    public void Add(string decoded, int at) => text.Append(decoded);

    public void Copy(string source, int start, int length) => text.Append(source, start, length);
}

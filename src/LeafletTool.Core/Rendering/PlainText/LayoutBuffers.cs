using System.Text;

namespace LeafletTool.Core.Rendering.PlainText;

/// <summary>
/// The two builders a plain-text layout works in, kept by one renderer from page to page: the page's, and the
/// line being wrapped. Each is empty (null) while it is in use, so it is never handed out twice.
/// </summary>
internal sealed class LayoutBuffers
{
    public StringBuilder? Page;

    public StringBuilder? Line;

    /// <summary>Where each line of a wrapped line starts and ends (<see cref="TextWrapper"/>'s direct way).</summary>
    public readonly List<(int Start, int End)> Breaks = [];

    /// <summary>Whether lines may be wrapped the direct way; tests turn it off to compare.</summary>
    public bool Direct { get; init; } = true;

    /// <summary>Encodes the laid-out page into UTF-8 (emptied before each page).</summary>
    public Encoder Encoder { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
}

using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LeafletTool.Core.Yaml;

/// <summary>
/// Passes YamlDotNet's parser events through, remembering where the last one started, so that a failure
/// that comes without a position (YamlDotNet 18.1's scanner throws <see cref="InvalidOperationException"/>
/// for a flow list left open at the end of the file) can still be reported near where it happened.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    public Mark LastStart { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } current) LastStart = current.Start;
        return moved;
    }
}

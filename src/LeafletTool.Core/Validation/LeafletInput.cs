using System.Text;
using LeafletTool.Core.Config;

namespace LeafletTool.Core.Validation;

/// <summary>
/// One source file handed to the core: its name as diagnostics show it, its text (or why it could not be read),
/// the configuration that governs it, and whether it was asked about or is only there for cross-leaflet rules.
/// </summary>
public sealed record LeafletInput(string Name, string? Text, ProjectConfig Config, bool IsTarget, string? ReadProblem = null)
{
    private readonly string? text = Text;
    private readonly byte[]? utf8;

    private LeafletInput(string name, byte[] utf8, ProjectConfig config, bool isTarget)
        : this(name, (string?)null, config, isTarget) => this.utf8 = utf8;

    /// <summary>
    /// The text; for a source kept as UTF-8 (<see cref="FromUtf8"/>), decoded anew each time it is asked for,
    /// so that only the bytes (half the size of the text for English) stay in memory between the passes.
    /// </summary>
    public string? Text
    {
        get => text ?? (utf8 is null ? null : Encoding.UTF8.GetString(utf8));
        init => text = value;
    }

    /// <summary>Whether the file was read (its text is there), without decoding it.</summary>
    public bool HasText => text is not null || utf8 is not null;

    /// <summary>The size of the source as kept: bytes for UTF-8, else characters; 0 when it was not read.</summary>
    public long SourceLength => utf8?.LongLength ?? text?.Length ?? 0;

    /// <summary>A source whose text is these bytes, already checked to be UTF-8 (a byte-order mark, if any, is part of the text, as when decoded).</summary>
    public static LeafletInput FromUtf8(string name, byte[] utf8, ProjectConfig config, bool isTarget) =>
        new(name, utf8, config, isTarget);

    public static LeafletInput Unreadable(string name, ProjectConfig config, bool isTarget, string problem) =>
        new(name, null, config, isTarget, problem);
}

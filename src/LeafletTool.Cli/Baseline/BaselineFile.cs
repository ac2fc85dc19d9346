using System.Text.Json;
using LeafletTool.Cli.Files;
using LeafletTool.Core.Baseline;

namespace LeafletTool.Cli.Baseline;

/// <summary>Reads and writes the baseline file. A missing or broken file is the command line's fault (exit 2); one
/// that cannot be written is the tool's (exit 3).</summary>
public static class BaselineFile
{
    /// <summary>The file <c>--update-baseline</c> writes when <c>--baseline</c> names none, in the current
    /// folder.</summary>
    public const string DefaultName = "leaflettool-baseline.json";

    /// <summary>A baseline is a few hundred bytes a finding; past this it is not one.</summary>
    private const long MaxBytes = 256L * 1024 * 1024;

    public static IReadOnlyList<BaselineEntry> Read(string fullPath, string shownAs)
    {
        string json;
        try
        {
            if (!File.Exists(fullPath))
            {
                throw new UsageException($"the baseline '{shownAs}' does not exist; make it with "
                    + $"'leaflet validate --update-baseline --baseline {shownAs}'");
            }

            if (FileKind.NotRegular(fullPath) is { } kind)
            {
                throw new UsageException($"the baseline '{shownAs}' is {kind}, not a file");
            }

            if (new FileInfo(fullPath).Length > MaxBytes)
            {
                throw new UsageException($"the baseline '{shownAs}' is too large to be a baseline");
            }

            json = File.ReadAllText(fullPath, AtomicFile.Utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read the baseline '{shownAs}': {e.Message}");
        }

        try
        {
            return BaselineJson.Read(json);
        }
        catch (FormatException e)
        {
            throw new UsageException($"the baseline '{shownAs}' is not usable: {e.Message}");
        }
    }

    /// <summary>The entries already in the file, or none when there is no file or it cannot be used (it is being
    /// replaced).</summary>
    public static IReadOnlyList<BaselineEntry> ReadIfUsable(string fullPath)
    {
        try
        {
            return File.Exists(fullPath) && FileKind.NotRegular(fullPath) is null
                ? BaselineJson.Read(File.ReadAllText(fullPath, AtomicFile.Utf8))
                : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException
            or JsonException)
        {
            return [];
        }
    }

    public static void Write(string fullPath, IEnumerable<BaselineEntry> entries) =>
        AtomicFile.Write(fullPath, BaselineJson.Write(entries));
}

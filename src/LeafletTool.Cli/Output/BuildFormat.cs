using LeafletTool.Core.Rendering;

namespace LeafletTool.Cli.Output;

/// <summary>The outputs <c>--formats</c> can ask for.</summary>
public enum BuildFormat
{
    Html,
    Print,
    Text,
    Pdf,
}

/// <summary>Reads <c>--formats html,print,text,pdf</c> (or <c>all</c>) into a set, in a fixed order.</summary>
public static class BuildFormats
{
    public const string Default = "html,print,text";

    public static readonly string[] Names = ["html", "print", "text", "pdf"];

    public static IReadOnlyList<BuildFormat> Parse(string text)
    {
        var chosen = new SortedSet<BuildFormat>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (name.ToLowerInvariant())
            {
                case "all":
                    chosen.UnionWith(Enum.GetValues<BuildFormat>());
                    break;
                case var known when Array.IndexOf(Names, known) >= 0:
                    chosen.Add(Enum.Parse<BuildFormat>(known, ignoreCase: true));
                    break;
                default:
                    throw new UsageException($"--formats: '{name}' is not a format; use any of {string.Join(", ", Names)}, or all");
            }
        }

        if (chosen.Count == 0) throw new UsageException($"--formats needs at least one of {string.Join(", ", Names)}, or all");
        return chosen.ToList();
    }

    /// <summary>The template page behind a format: the PDF is the print page.</summary>
    public static PageFormat Page(this BuildFormat format) => format switch
    {
        BuildFormat.Html => PageFormat.Html,
        BuildFormat.Text => PageFormat.Text,
        _ => PageFormat.Print,
    };
}

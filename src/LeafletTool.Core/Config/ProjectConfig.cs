using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Core.Config;

/// <summary>The settings of <c>leaflettool.yaml</c>. Every one is optional; these are the defaults of
/// SPEC.md.</summary>
public sealed record ProjectConfig
{
    public const string DefaultResourceNumberPattern = @"^\d{4}/VER[1-9]\d*$";

    public static readonly ProjectConfig Default = new();

    /// <summary>The file it was read from, as the CLI names it; null for the defaults.</summary>
    public string? SourceName { get; init; }

    public string Organisation { get; init; } = "Example NHS Foundation Trust";

    public string Language { get; init; } = "en-GB";

    public string ResourceNumberPattern { get; init; } = DefaultResourceNumberPattern;

    public int MaxIntervalMonths { get; init; } = 36;

    public int DueSoonDays { get; init; } = 90;

    public double MaxSmog { get; init; } = 12;

    public int MaxSentenceWords { get; init; } = 20;

    /// <summary>The house dictionary's path as written in the config, relative to the config file.</summary>
    public string Dictionary { get; init; } = "dictionary.txt";

    public IReadOnlyDictionary<string, Severity> Rules { get; init; } = new Dictionary<string, Severity>();

    public string? AlternativeFormats { get; init; } =
        "If you would like this leaflet in another language or format, such as large print, Braille or audio, please "
            + "contact us.";

    public string? Footer { get; init; }

    /// <summary>Abbreviations the trust lets leaflets use without spelling them out (<c>abbreviations:</c>).</summary>
    public IReadOnlyList<string> Abbreviations { get; init; } = [];

    /// <summary>The trust's own plain-words pairs (<c>plain_words:</c>): a word or phrase, and what to write instead
    /// (" | " between alternatives).</summary>
    public IReadOnlyDictionary<string, string> PlainWords { get; init; } = new Dictionary<string, string>();

    /// <summary>The trust's logo for the header of every page (<c>logo:</c>); null for none.</summary>
    public LogoSetting? Logo { get; init; }

    /// <summary>The words of the house dictionary, read by the CLI from <see cref="Dictionary"/>.</summary>
    public IReadOnlyList<string> HouseWords { get; init; } = [];

    /// <summary>The severity a rule has here: the configured one, or its default.</summary>
    public Severity SeverityOf(RuleInfo rule) => Rules.TryGetValue(rule.Id, out var s) ? s : rule.DefaultSeverity;
}

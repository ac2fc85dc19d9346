namespace LeafletTool.Importers.Word;

/// <summary>
/// The document's styles (styles.xml) resolved through their basedOn chains: which paragraph styles are headings
/// (by the built-in name "heading 1".."heading 9" or "Title", which Word keeps in English whatever the language of
/// the style id, or by an outline level), list numbering and shading or borders a style gives, and the bold and font
/// size a style gives its runs. The body font size is the Normal style's, else the document defaults'.
/// </summary>
internal sealed class WordStyles
{
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const int MaxChain = 32;
    private readonly Dictionary<string, StyleEntry> styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleFacts> cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (bool? Bold, int? Size)> runCache = new(StringComparer.Ordinal);
    private readonly StyleEntry defaults;

    public WordStyles(Stream? styleSheet)
    {
        var (entries, documentDefaults) = WordStyleSheet.Read(styleSheet);
        defaults = documentDefaults;
        foreach (var style in entries) styles.TryAdd(style.Id, style);
        var paragraphStyles = entries.Where(s => s.IsParagraph).ToList();
        var normal = paragraphStyles.FirstOrDefault(s => s.IsDefault)
            ?? paragraphStyles.FirstOrDefault(s => s.Id == "Normal"
                || string.Equals(s.Name, "Normal", StringComparison.OrdinalIgnoreCase));
        DefaultParagraphStyle = normal?.Id;
        BodySize = Facts(DefaultParagraphStyle).Size;
    }

    /// <summary>The body text's font size in half-points (0 when the document does not say).</summary>
    public int BodySize { get; }

    public string? DefaultParagraphStyle { get; }

    /// <summary>What a paragraph style gives, its basedOn chain and the document defaults included; null: the
    /// default paragraph style.</summary>
    public StyleFacts Facts(string? styleId)
    {
        styleId ??= DefaultParagraphStyle;
        if (styleId is null) return Base();
        if (cache.TryGetValue(styleId, out var known)) return known;
        var chain = Chain(styleId);
        var facts = Base();
        for (var i = chain.Count - 1; i >= 0; i--) facts = Apply(facts, chain[i]);
        cache[styleId] = facts;
        return facts;
    }

    /// <summary>Bold as a character style (and its basedOn chain) sets it, or null when none says.</summary>
    public bool? RunStyleBold(string? styleId) => RunStyle(styleId).Bold;

    /// <summary>The font size a character style (and its chain) sets, or null.</summary>
    public int? RunStyleSize(string? styleId) => RunStyle(styleId).Size;

    private (bool? Bold, int? Size) RunStyle(string? styleId)
    {
        if (styleId is null) return (null, null);
        if (runCache.TryGetValue(styleId, out var known)) return known;
        var chain = Chain(styleId);
        var result = (chain.Select(s => s.Bold).FirstOrDefault(b => b is not null),
            chain.Select(s => s.Size).FirstOrDefault(b => b is not null));
        runCache[styleId] = result;
        return result;
    }

    private List<StyleEntry> Chain(string? styleId)
    {
        var chain = new List<StyleEntry>();
        for (var id = styleId; id is not null && chain.Count < MaxChain && styles.TryGetValue(id, out var style);)
        {
            if (chain.Contains(style)) break;
            chain.Add(style);
            id = style.BasedOn;
        }

        return chain;
    }

    private StyleFacts Base() => new(0, defaults.Bold ?? false, defaults.Size ?? 0, null, false);

    private static StyleFacts Apply(StyleFacts facts, StyleEntry style)
    {
        var level = NameLevel(style.Name) ?? NameLevel(style.Id) ?? OutlineLevel(style.OutlineLevel)
            ?? facts.HeadingLevel;
        var numbering = style.NumberingId is not null || style.ListLevel is not null
            ? new WordListReference(style.NumberingId ?? facts.List?.NumberingId ?? 0,
                style.ListLevel ?? facts.List?.Level ?? 0)
            : facts.List;
        return new StyleFacts(level, style.Bold ?? facts.Bold, style.Size ?? facts.Size, numbering,
            style.Boxed ?? facts.Boxed);
    }

    /// <summary>A heading level from a style name: "heading 2" gives 2, "Title" 1; else null.</summary>
    private static int? NameLevel(string? name)
    {
        if (name is null) return null;
        var n = name.Replace(" ", "", StringComparison.Ordinal);
        if (n.Equals("title", StringComparison.OrdinalIgnoreCase)) return 1;
        if (n.Length == 8 && n.StartsWith("heading", StringComparison.OrdinalIgnoreCase) && n[7] is >= '1' and <= '9')
        {
            return n[7] - '0';
        }

        return null;
    }

    /// <summary>Word's outline level 0..8 is heading level 1..9; 9 is body text.</summary>
    public static int? OutlineLevel(int? value) => value switch
    {
        >= 0 and <= 8 => value + 1,
        9 => 0,
        _ => null,
    };

    /// <summary>A w:b element: absent null, else on unless its val says off.</summary>
    public static bool? Bold(DocumentFormat.OpenXml.Wordprocessing.Bold? bold)
        => bold is null ? null : bold.Val?.Value ?? true;

    /// <summary>A w:sz in half-points, or null.</summary>
    public static int? Size(DocumentFormat.OpenXml.Wordprocessing.FontSize? size)
        => int.TryParse(size?.Val?.Value, System.Globalization.NumberStyles.Integer,
            System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
}

/// <summary>What a style gives a paragraph and its runs: heading level (0 none), bold, font size in half-points
/// (0 unknown), list numbering, shading or borders.</summary>
internal sealed record StyleFacts(int HeadingLevel, bool Bold, int Size, WordListReference? List, bool Boxed);

/// <summary>A paragraph's w:numPr: the numbering instance (0: no list) and its level.</summary>
internal readonly record struct WordListReference(int NumberingId, int Level);

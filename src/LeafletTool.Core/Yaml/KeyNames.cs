namespace LeafletTool.Core.Yaml;

/// <summary>
/// The strings of mapping keys, shared: every leaflet uses the same few dozen names ("heading", "body", "bullets"),
/// so a worker's <see cref="YamlScratch"/> keeps one string per name instead of making a new one for every key of
/// every file read (about 3 KB a leaflet). Keys past <see cref="Limit"/> different names get a string of their own.
/// Not safe to share between threads.
/// </summary>
internal sealed class KeyNames
{
    /// <summary>Most names one worker keeps.</summary>
    public const int Limit = 256;

    /// <summary>Keys longer than this are not kept: names are short.</summary>
    public const int LongestKept = 32;

    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);

    /// <summary>A string equal to <paramref name="key"/>: the one kept for it, or a new one.</summary>
    public string Get(ReadOnlySpan<char> key)
    {
        if (key.Length > LongestKept) return key.ToString();
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var name)) return name;
        name = key.ToString();
        if (names.Count < Limit) names[name] = name;
        return name;
    }
}

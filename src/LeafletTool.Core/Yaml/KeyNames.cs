namespace LeafletTool.Core.Yaml;

/// <summary>
/// The strings of mapping keys, shared: every leaflet uses the same few dozen names ("heading", "body", "bullets"),
/// so each thread keeps one string per name instead of making a new one for every key of every file read (about
/// 3 KB a leaflet). Keys past <see cref="Limit"/> different names get a string of their own, as before.
/// </summary>
internal static class KeyNames
{
    /// <summary>Most names one thread keeps.</summary>
    public const int Limit = 256;

    /// <summary>Keys longer than this are not kept: names are short.</summary>
    public const int LongestKept = 32;

    [ThreadStatic]
    private static Dictionary<string, string>? names;

    /// <summary>A string equal to <paramref name="key"/>: the one kept for it, or a new one.</summary>
    public static string Get(ReadOnlySpan<char> key)
    {
        if (key.Length > LongestKept) return key.ToString();
        var kept = names ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = kept.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var name)) return name;
        name = key.ToString();
        if (kept.Count < Limit) kept[name] = name;
        return name;
    }
}

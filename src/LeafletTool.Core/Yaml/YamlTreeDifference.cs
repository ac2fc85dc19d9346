namespace LeafletTool.Core.Yaml;

/// <summary>The first difference between two node trees (kind, value, style or span), for checking one reader against
/// another.</summary>
public static class YamlTreeDifference
{
    /// <summary>A description of where the trees first differ, or null when they are the same.</summary>
    public static string? Find(YamlNode? expected, YamlNode? actual)
    {
        if (expected is null || actual is null)
            return expected == actual ? null
                : $"one tree is empty: {expected?.KindName ?? "none"} vs {actual?.KindName ?? "none"}";
        if (expected.GetType() != actual.GetType())
            return $"{expected.KindName} vs {actual.KindName} at {expected.Start}";
        if (expected.Span != actual.Span)
            return $"span {Describe(expected.Span)} vs {Describe(actual.Span)} ({expected.KindName})";
        return (expected, actual) switch
        {
            (YamlScalar e, YamlScalar a)
                => e.Value != a.Value || e.Style != a.Style
                    ? $"value {e.Style} [{e.Value}] vs {a.Style} [{a.Value}] at {e.Start}" : null,
            (YamlSequence e, YamlSequence a) => e.Items.Count != a.Items.Count
                ? $"{e.Items.Count} vs {a.Items.Count} items at {e.Start}"
                : e.Items.Zip(a.Items, Find).FirstOrDefault(d => d is not null),
            (YamlMapping e, YamlMapping a) => e.Entries.Count != a.Entries.Count
                ? $"{e.Entries.Count} vs {a.Entries.Count} entries at {e.Start}"
                : e.Entries.Zip(a.Entries, (x, y) => Find(x.Key, y.Key) ?? Find(x.Value, y.Value))
                .FirstOrDefault(d => d is not null),
            _ => null,
        };
    }

    private static string Describe(Text.SourceSpan span)
        => $"{span.Start}@{span.Start.Offset}-{span.End}@{span.End.Offset}";
}

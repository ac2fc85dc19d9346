using LeafletTool.Core.Config;
using LeafletTool.Core.Rendering.Inline;

namespace LeafletTool.Core.Rendering.View;

/// <summary>Builds the index page's view from the leaflets built, sorted by title then slug so every build lists them
/// alike.</summary>
public static class IndexViewBuilder
{
    /// <summary>A built leaflet: its HTML view (as the leaflet pages got it) and the files written for it.</summary>
    public sealed record Built(LeafletView View, FileLinks Files);

    public static IndexView Build(ProjectConfig config, IEnumerable<Built> leaflets)
    {
        var entries = leaflets
            .OrderBy(b => b.View.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(b => b.View.Title, StringComparer.Ordinal)
            .ThenBy(b => b.View.Slug, StringComparer.Ordinal)
            .Select(b => new IndexEntry(
                b.View.Title, b.View.Slug, b.View.Language, b.View.Direction, b.View.ResourceNumber, b.View.Owner,
                b.View.Published, b.View.Review,
                b.View.ReviewStatus, b.View.ReviewStatusLabel, b.Files))
            .ToList();
        return Build(config, entries);
    }

    /// <summary>The index's order of two leaflets: by title ignoring case, then by title, then by slug.</summary>
    public static int Order(string title, string slug, string otherTitle, string otherSlug) =>
        Order(title.AsSpan(), slug, otherTitle, otherSlug);

    /// <summary>As <see cref="Order(string, string, string, string)"/>, of characters.</summary>
    public static int Order(ReadOnlySpan<char> title, ReadOnlySpan<char> slug, ReadOnlySpan<char> otherTitle,
        ReadOnlySpan<char> otherSlug)
    {
        var order = title.CompareTo(otherTitle, StringComparison.OrdinalIgnoreCase);
        if (order == 0) order = title.SequenceCompareTo(otherTitle);
        return order != 0 ? order : slug.SequenceCompareTo(otherSlug);
    }

    /// <summary>The index of entries already in that order (which may be made as they are read).</summary>
    public static IndexView Build(ProjectConfig config, IReadOnlyList<IndexEntry> sorted)
    {
        var trust = LeafletViewBuilder.Trust(config, InlineStyle.Html);
        return new IndexView(trust.Language, trust, sorted);
    }
}

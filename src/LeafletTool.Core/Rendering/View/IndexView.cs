namespace LeafletTool.Core.Rendering.View;

/// <summary>What the index template gets: the trust and one entry per built leaflet, sorted by title.</summary>
public sealed record IndexView(string Language, TrustView Trust, IReadOnlyList<IndexEntry> Leaflets);

/// <summary>One built leaflet in the index, with its review status as of the build's date.</summary>
public sealed record IndexEntry(
    string Title,
    string Slug,
    string Language,
    string Direction,
    string ResourceNumber,
    string Owner,
    string Published,
    string Review,
    string ReviewStatus,
    string ReviewStatusLabel,
    FileLinks Files);

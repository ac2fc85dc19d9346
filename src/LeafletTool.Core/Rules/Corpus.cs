using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules;

/// <summary>
/// Facts about every leaflet in the folders being checked, gathered once before the per-leaflet rules
/// run, so that cross-leaflet rules stay linear in the number of leaflets.
/// </summary>
public sealed partial class Corpus
{
    private readonly Dictionary<string, List<string>> filesByResourceNumber;

    private Corpus(Dictionary<string, List<string>> filesByResourceNumber, int count)
    {
        this.filesByResourceNumber = filesByResourceNumber;
        Count = count;
    }

    public static Corpus Empty { get; } = Build([]);

    public int Count { get; }

    public static Corpus Build(IEnumerable<Leaflet> leaflets)
    {
        var byNumber = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        var all = leaflets.ToList();
        foreach (var leaflet in all)
        {
            count++;
            if (leaflet.ResourceNumber is not { } number) continue;
            var key = number.Value.Trim();
            if (!byNumber.TryGetValue(key, out var files)) byNumber[key] = files = [];
            files.Add(leaflet.File);
        }

        foreach (var files in byNumber.Values) files.Sort(StringComparer.Ordinal);
        return new Corpus(byNumber, count) { Leaflets = all };
    }

    /// <summary>The files, in order, whose resource number is this one (ignoring case and surrounding spaces).</summary>
    public IReadOnlyList<string> FilesWithResourceNumber(string resourceNumber) =>
        filesByResourceNumber.TryGetValue(resourceNumber.Trim(), out var files) ? files : [];

    /// <summary>Every resource number in use.</summary>
    public IEnumerable<string> ResourceNumbers => filesByResourceNumber.Keys;
}

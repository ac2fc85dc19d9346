using System.Collections.Concurrent;
using LeafletTool.Core.Dates;
using LeafletTool.Core.Rendering.View;

namespace LeafletTool.Core.Building;

/// <summary>
/// What the index keeps of each leaflet built, by its place among the files asked about: every heading field of its
/// html view (an index template may read any), in a row of three strings of its own (title, slug, resource number)
/// and one record of the fields leaflets share (language, owner, dates, review status…), kept once for all the
/// leaflets that share them. No view object is kept a leaflet: a library of 100,000 leaflets held a view, its dates
/// and its links for each until the index was written.
/// </summary>
internal sealed class IndexRows(int places)
{
    private readonly Row[] rows = new Row[places];
    private readonly ConcurrentDictionary<Shared, Shared> shared = new();
    private readonly RowTexts texts = new();

    /// <summary>Keeps the heading of the leaflet at <paramref name="place"/>.</summary>
    public void Keep(int place, LeafletView view)
    {
        var fields = new Shared(view.Language, view.Direction, view.Published, view.Review, view.PublishedDate,
            view.ReviewDate, view.Owner, view.Department, view.ReviewStatus, view.ReviewStatusLabel);
        var at = texts.Keep(view.Title, view.Slug, view.ResourceNumber);
        rows[place] = new Row(at, shared.GetOrAdd(fields, fields));
    }

    /// <summary>
    /// The headings kept, in the order of the places, as the html view with its body left out (no summary,
    /// sections, contacts or out-of-hours text), each with its files.
    /// </summary>
    public IEnumerable<IndexViewBuilder.Built> Built(Func<string, FileLinks> files)
    {
        foreach (var row in rows)
        {
            if (row.Fields is not { } s) continue;
            var (title, slug, resourceNumber) = texts.Read(row.At);
            var view = new LeafletView
            {
                Title = title,
                Slug = slug,
                Language = s.Language,
                Direction = s.Direction,
                ResourceNumber = resourceNumber,
                Published = s.Published,
                Review = s.Review,
                PublishedDate = s.PublishedDate,
                ReviewDate = s.ReviewDate,
                Owner = s.Owner,
                Department = s.Department,
                Summary = null,
                Sections = [],
                Contacts = [],
                OutOfHours = null,
                ReviewStatus = s.ReviewStatus,
                ReviewStatusLabel = s.ReviewStatusLabel,
            };
            yield return new IndexViewBuilder.Built(view, files(slug));
        }
    }

    /// <summary>
    /// The index's entries of the leaflets kept, in its order (<see cref="IndexViewBuilder.Order"/>; two alike in
    /// it by their places), each made only when it is read: the same entries as <see cref="IndexViewBuilder.Build(
    /// Config.ProjectConfig, IEnumerable{IndexViewBuilder.Built})"/> makes of <see cref="Built"/>, without holding
    /// one for every leaflet.
    /// </summary>
    public IReadOnlyList<IndexEntry> Entries(Func<string, FileLinks> files)
    {
        var order = new List<int>(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Fields is not null) order.Add(i);
        }

        order.Sort((a, b) =>
        {
            var byIndex = texts.CompareForIndex(rows[a].At, rows[b].At);
            return byIndex != 0 ? byIndex : a.CompareTo(b);
        });
        return new Sorted(rows, texts, order.ToArray(), files);
    }

    private sealed class Sorted(Row[] rows, RowTexts texts, int[] order, Func<string, FileLinks> files)
        : IReadOnlyList<IndexEntry>
    {
        public int Count => order.Length;

        public IndexEntry this[int index]
        {
            get
            {
                var row = rows[order[index]];
                var s = row.Fields!;
                var (title, slug, resourceNumber) = texts.Read(row.At);
                return new IndexEntry(title, slug, s.Language, s.Direction, resourceNumber, s.Owner,
                    s.Published, s.Review, s.ReviewStatus, s.ReviewStatusLabel, files(slug));
            }
        }

        public IEnumerator<IndexEntry> GetEnumerator()
        {
            for (var i = 0; i < order.Length; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A leaflet's row: where its title, slug and resource number are kept (<see cref="RowTexts"/>), and
    /// the fields it shares.</summary>
    private readonly record struct Row(long At, Shared? Fields);

    private sealed record Shared(string Language, string Direction, string Published, string Review,
        LeafletDate? PublishedDate, LeafletDate? ReviewDate, string Owner, string? Department, string ReviewStatus,
        string ReviewStatusLabel);
}

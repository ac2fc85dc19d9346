using DiffPlex;
using DiffPlex.Model;

namespace LeafletTool.Core.ChangeControl;

/// <summary>
/// Builds a <see cref="LeafletDiff"/>: the metadata that changed, then the sections matched by name (a section whose
/// heading changed is matched with the one that stood in its place), each compared word by word.
/// </summary>
public static class LeafletDiffer
{
    public static LeafletDiff Between(LeafletSnapshot? old, LeafletSnapshot head, string? oldName, string newName)
    {
        var metadata = new List<MetadataChange>();
        var before = old?.Metadata().ToDictionary(m => m.Field, m => m.Value?.Value) ?? [];
        foreach (var (field, value) in head.Metadata())
        {
            var was = before.GetValueOrDefault(field);
            if (old is not null && was != value?.Value) metadata.Add(new MetadataChange(field, was, value?.Value));
        }

        return new LeafletDiff(old is null ? null : oldName, newName, metadata,
            Sections((old?.Text ?? PatientText.Empty).Sections, head.Text.Sections));
    }

    private static List<SectionDiff> Sections(IReadOnlyList<PatientSection> old, IReadOnlyList<PatientSection> next)
    {
        var result = Differ.Instance.CreateDiffs(string.Join('\n', old.Select(s => s.Name)),
            string.Join('\n', next.Select(s => s.Name)), false, false, LineTokens.Instance);
        var sections = new List<SectionDiff>();
        int i = 0, j = 0;
        foreach (DiffBlock block in result.DiffBlocks)
        {
            while (i < block.DeleteStartA) sections.Add(Pair(old[i++], next[j++]));
            var paired = Math.Min(block.DeleteCountA, block.InsertCountB);
            for (var k = 0; k < paired; k++) sections.Add(Pair(old[i++], next[j++]));
            for (var k = paired; k < block.DeleteCountA; k++)
            {
                var gone = old[i++];
                sections.Add(new SectionDiff(gone.Name, SectionState.Removed,
                    WordDiff.All(gone.Lines, Change.Deleted)));
            }

            for (var k = paired; k < block.InsertCountB; k++)
            {
                var added = next[j++];
                sections.Add(new SectionDiff(added.Name, SectionState.Added,
                    WordDiff.All(added.Lines, Change.Inserted)));
            }
        }

        while (i < old.Count) sections.Add(Pair(old[i++], next[j++]));
        return sections;
    }

    private static SectionDiff Pair(PatientSection old, PatientSection next) =>
        old.SameAs(next)
            ? new SectionDiff(next.Name, SectionState.Unchanged, WordDiff.All(next.Lines, Change.Same))
            : new SectionDiff(next.Name, SectionState.Changed, WordDiff.Between(old.Lines, next.Lines));
}

namespace LeafletTool.Core.ChangeControl;

/// <summary>Whether words are in both versions, only the old one or only the new one.</summary>
public enum Change
{
    Same,
    Deleted,
    Inserted,
}

/// <summary>A run of words with the same <see cref="Change"/>, joined by single spaces; <see cref="Attached"/> when
/// it starts with punctuation written against the word before (no space before it).</summary>
public sealed record DiffSpan(Change Change, string Text, bool Attached = false);

/// <summary>One line a patient reads, word by word.</summary>
public sealed record DiffLine(LineKind Kind, IReadOnlyList<DiffSpan> Spans)
{
    public bool Changed => Spans.Any(s => s.Change != Change.Same);
}

/// <summary>How a section differs: not at all, in its words, or it is only in the new or only in the old.</summary>
public enum SectionState
{
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// <summary>One section of the diff: its name (the new heading, or the old one of a removed section) and its lines,
/// the heading first.</summary>
public sealed record SectionDiff(string Name, SectionState State, IReadOnlyList<DiffLine> Lines);

/// <summary>A metadata field (resource number, dates, owner, department) whose value changed.</summary>
public sealed record MetadataChange(string Field, string? Old, string? New);

/// <summary>
/// What changed for a patient in one leaflet: the metadata changes, then every section in the new order (removed
/// sections where they stood). <see cref="OldName"/> is null for a leaflet new since the base.
/// </summary>
public sealed record LeafletDiff(string? OldName, string NewName, IReadOnlyList<MetadataChange> Metadata,
    IReadOnlyList<SectionDiff> Sections)
{
    public bool IsNew => OldName is null;

    public bool IsRenamed => OldName is not null && OldName != NewName;

    /// <summary>Whether what a patient reads changed.</summary>
    public bool TextChanged => Sections.Any(s => s.State != SectionState.Unchanged);

    public bool HasChanges => IsNew || IsRenamed || TextChanged || Metadata.Count > 0;

    /// <summary>How many words were inserted and deleted, for the summary lines.</summary>
    public (int Inserted, int Deleted) WordCounts()
    {
        int inserted = 0, deleted = 0;
        foreach (var span in Sections.SelectMany(s => s.Lines).SelectMany(l => l.Spans))
        {
            var words = span.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Count(w => w.Any(char.IsLetterOrDigit));
            if (span.Change == Change.Inserted) inserted += words;
            else if (span.Change == Change.Deleted) deleted += words;
        }

        return (inserted, deleted);
    }
}

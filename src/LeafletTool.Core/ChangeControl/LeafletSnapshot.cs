using LeafletTool.Core.Model;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.ChangeControl;

/// <summary>A field's value (its words) and where it stands in the source.</summary>
public sealed record FieldValue(string Value, SourcePosition Position)
{
    public static FieldValue? Of(LocatedText? text) =>
        text is null ? null : new FieldValue(PatientText.Words(text.Value), text.Start);
}

/// <summary>
/// What change control keeps of one loaded leaflet: the fields it compares (resource number, dates, owner) and what
/// a patient reads. Small, so that a check of thousands of leaflets can keep one for each without keeping the
/// leaflets.
/// </summary>
public sealed record LeafletSnapshot(
    string File,
    SourcePosition Start,
    FieldValue? ResourceNumber,
    FieldValue? Published,
    FieldValue? Review,
    FieldValue? Owner,
    FieldValue? Department,
    PatientText Text)
{
    public static LeafletSnapshot Of(Leaflet leaflet) => new(
        leaflet.File,
        leaflet.Start,
        FieldValue.Of(leaflet.ResourceNumber),
        FieldValue.Of(leaflet.Published),
        FieldValue.Of(leaflet.Review),
        FieldValue.Of(leaflet.Owner),
        FieldValue.Of(leaflet.Department),
        PatientText.Of(leaflet));

    /// <summary>The fields shown above a diff, by their names in the source.</summary>
    public IEnumerable<(string Field, FieldValue? Value)> Metadata() =>
    [
        ("resource_number", ResourceNumber), ("published", Published), ("review", Review), ("owner", Owner),
        ("department", Department),
    ];
}

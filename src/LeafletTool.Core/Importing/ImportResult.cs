using LeafletTool.Core.Authoring;

namespace LeafletTool.Core.Importing;

/// <summary>Something the importer could not do for the editor: text it could not place, or a field it could not
/// find.</summary>
public sealed record ImportNote(int Line, string Message);

/// <summary>The leaflet made from a plain-text one, as a draft and as YAML, with the notes to act on and a slug for its
/// file name.</summary>
public sealed record ImportResult(LeafletDraft Draft, string Yaml, IReadOnlyList<ImportNote> Notes, string Slug);

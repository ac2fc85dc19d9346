using LeafletTool.Core.Schema;

namespace LeafletTool.Cli.Files;

/// <summary>Puts <c>leaflet.schema.json</c> beside new leaflets, so the first line of each (which points at it) works
/// in VS Code.</summary>
public static class SchemaFile
{
    /// <summary>Writes the schema into the folder when it is not there; says so on <paramref name="log"/>.</summary>
    public static void EnsureIn(string folder, string displayFolder, TextWriter log)
    {
        var path = Path.Combine(folder, LeafletSchema.FileName);
        if (File.Exists(path)) return;
        if (AtomicFile.WriteNew(path, LeafletSchema.Json))
        {
            log.WriteLine($"Wrote {PathNames.Join(displayFolder, LeafletSchema.FileName)}, so editors such as VS Code "
                + "complete and check the leaflets.");
        }
    }
}

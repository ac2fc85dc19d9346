using LeafletTool.Core.Model;

namespace LeafletTool.Core.Language.Prose;

/// <summary>
/// One list per thread to walk a leaflet's prose into (<see cref="Leaflet.AddProseTo"/>) without a list per walk.
/// Take it, fill it, use it and clear it before anything else on the thread takes it.
/// </summary>
internal static class ProseScratch
{
    /// <summary>Texts up to which the list is kept for the next walk (a leaflet has about 120).</summary>
    private const int KeptCapacity = 4096;

    [ThreadStatic]
    private static List<(ProseKind Kind, LocatedText Text)>? list;

    /// <summary>The thread's list, emptied.</summary>
    public static List<(ProseKind Kind, LocatedText Text)> Take()
    {
        var taken = list ??= new List<(ProseKind, LocatedText)>(256);
        if (taken.Capacity > KeptCapacity) taken = list = new List<(ProseKind, LocatedText)>(256);
        taken.Clear();
        return taken;
    }
}

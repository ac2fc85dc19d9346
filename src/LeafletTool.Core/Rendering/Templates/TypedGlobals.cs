using System.Collections;
using Scriban.Runtime;

namespace LeafletTool.Core.Rendering.Templates;

/// <summary>
/// A page's globals that the compiled tree (<see cref="CompiledTemplate"/>) reads straight from typed objects (the
/// leaflet's view), so that the Scriban objects of the model are made only when Scriban renders the page: until
/// <see cref="Fill"/>, this object holds only what the template assigned. The values it gives are exactly those
/// the filled model would hold, but each object is the typed one (an <see cref="ITypedValue"/>) and each list a
/// typed list, which the tree reads and loops over, and gives up on anywhere else (a truth test, a comparison).
/// </summary>
internal abstract class TypedGlobals : ScriptObject
{
    /// <summary>What <see cref="Member"/> gives for a name the object does not have.</summary>
    public static readonly object Missing = new();

    /// <summary>Whether the Scriban objects have been made: the tree then reads them as any globals.</summary>
    public bool Filled { get; protected set; }

    /// <summary>
    /// The member <paramref name="key"/> (<see cref="MemberKeys"/>) of <paramref name="target"/>, one of the typed
    /// objects or this object itself (for the globals); <see cref="Missing"/> when it has none of that name.
    /// </summary>
    public abstract object? Member(object target, int key);

    /// <summary>Makes the Scriban objects of the model (once), before Scriban renders the page.</summary>
    public abstract void Fill();

    /// <summary>
    /// A value that must not reach Scriban's helpers (truth, comparison, arithmetic): a typed object or list, whose
    /// answer there would be the Scriban object's. The tree gives up on it.
    /// </summary>
    public static bool IsTyped(object? value) =>
        value is not (null or string or bool) && (value is ITypedValue || (value is IList && value is not ScriptArray));
}

/// <summary>An object of a page's typed model (<see cref="TypedGlobals"/>).</summary>
internal interface ITypedValue;

/// <summary>
/// Member names as small numbers, the same number for the same name everywhere: the compiled tree looks a member up
/// by its number, and a typed model maps numbers to its fields once.
/// </summary>
internal static class MemberKeys
{
    private static readonly Dictionary<string, int> Keys = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static int Of(string name)
    {
        lock (Gate)
        {
            if (!Keys.TryGetValue(name, out var key)) Keys[name] = key = Keys.Count;
            return key;
        }
    }
}

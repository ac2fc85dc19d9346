using Scriban.Runtime;

namespace LeafletTool.Core.Rendering.View;

/// <summary>
/// Makes the Scriban objects and lists of a page's model: new ones (<see cref="Fresh"/>), or, while a build renders
/// page after page, this thread's objects of the page before, emptied (<see cref="ForThisThread"/>). A page's model is
/// let go when its render ends, so its objects can serve the next page; that saves making about 200 dictionaries and
/// lists a leaflet (68 KB for its three pages, about 15 % of what a build allocates).
/// </summary>
internal sealed class ModelObjects
{
    /// <summary>Makes every object new: for a model that is kept.</summary>
    public static readonly ModelObjects Fresh = new(reuse: false);

    [ThreadStatic]
    private static ModelObjects? current;

    private readonly bool reuse;
    private readonly List<ScriptObject> objects = [];
    private readonly List<ScriptArray> arrays = [];
    private int usedObjects;
    private int usedArrays;

    private ModelObjects(bool reuse) => this.reuse = reuse;

    /// <summary>
    /// This thread's objects, every one free again: the model built with them before must no longer be in use (its
    /// render has ended). An object is emptied when it is taken again.
    /// </summary>
    public static ModelObjects ForThisThread()
    {
        var pool = current ??= new ModelObjects(reuse: true);
        pool.usedObjects = 0;
        pool.usedArrays = 0;
        return pool;
    }

    public ScriptObject Object(int capacity)
    {
        if (!reuse) return new ScriptObject(capacity);
        if (usedObjects < objects.Count)
        {
            var taken = objects[usedObjects++];
            taken.Clear();
            return taken;
        }

        var made = new ScriptObject(capacity);
        objects.Add(made);
        usedObjects++;
        return made;
    }

    public ScriptArray Array(int capacity)
    {
        if (!reuse) return new ScriptArray(capacity);
        if (usedArrays < arrays.Count)
        {
            var taken = arrays[usedArrays++];
            taken.Clear();
            return taken;
        }

        var made = new ScriptArray(capacity);
        arrays.Add(made);
        usedArrays++;
        return made;
    }
}

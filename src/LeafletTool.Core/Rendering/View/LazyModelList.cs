using System.Collections;
using LeafletTool.Core.Rendering.Templates;
using Scriban.Syntax;

namespace LeafletTool.Core.Rendering.View;

/// <summary>
/// A list a template reads as any other (<c>size</c>, <c>for</c>, an index, the array functions) whose items become
/// Scriban objects only as the template comes to them, and are let go after: the index of 100,000 leaflets held a
/// dictionary of eleven names for each of them (about 100 MB) while it was written. Read-only: a template that tries
/// to change it gets a template error. The compiled tree loops over it and reads its <c>size</c> as Scriban does
/// (<see cref="IModelList"/>).
/// </summary>
internal sealed class LazyModelList<T>(IReadOnlyList<T> items, Func<T, ModelObjects, object?> convert)
    : IModelList
{
    private readonly ModelObjects reused = ModelObjects.Pooled();
    private bool reading;

    public int Count => items.Count;

    public bool IsFixedSize => true;

    public bool IsReadOnly => true;

    public bool IsSynchronized => false;

    public object SyncRoot => this;

    public object? this[int index]
    {
        get => convert(items[index], ModelObjects.Fresh);
        set => throw ReadOnly();
    }

    public IEnumerator GetEnumerator()
    {
        for (var i = 0; i < items.Count; i++) yield return convert(items[i], ModelObjects.Fresh);
    }

    public void CopyTo(Array array, int index)
    {
        for (var i = 0; i < items.Count; i++) array.SetValue(convert(items[i], ModelObjects.Fresh), index + i);
    }

    public bool StartReading() => !reading && (reading = true);

    public object? Reused(int index) => convert(items[index], reused.FreeAll());

    public void EndReading() => reading = false;

    public bool Contains(object? value) => IndexOf(value) >= 0;

    /// <summary>Never found: every item is made anew, so no object a template holds is one of them.</summary>
    public int IndexOf(object? value) => -1;

    public int Add(object? value) => throw ReadOnly();

    public void Clear() => throw ReadOnly();

    public void Insert(int index, object? value) => throw ReadOnly();

    public void Remove(object? value) => throw ReadOnly();

    public void RemoveAt(int index) => throw ReadOnly();

    private static ScriptRuntimeException ReadOnly() =>
        new(default, "this list cannot be changed: copy it first (array.add, array.insert_at make a new list)");
}

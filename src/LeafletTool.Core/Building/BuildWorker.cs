using System.Buffers;
using System.Collections.Concurrent;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Building;

/// <summary>
/// What one of a build's workers renders with: a <see cref="RenderWorker"/> and a buffer for each format, kept from
/// leaflet to leaflet, so pages are rendered straight into UTF-8 bytes without new buffers. A worker is taken from the
/// build's <see cref="Pool"/> when a parallel loop's task starts and given back when it ends.
/// </summary>
internal sealed class BuildWorker
{
    public BuildWorker(int formats)
    {
        Buffers = new ArrayBufferWriter<byte>[formats];
        for (var i = 0; i < formats; i++) Buffers[i] = new ArrayBufferWriter<byte>(32 * 1024);
    }

    public RenderWorker Renderer { get; } = new();

    /// <summary>What the worker checks leaflets with (the YAML reader's and the rules' scratch state).</summary>
    public CheckWorker Checker { get; } = new();

    /// <summary>One buffer a format, in the order of the build's formats.</summary>
    public ArrayBufferWriter<byte>[] Buffers { get; }

    /// <summary>The workers of one build not in use at the moment: each is used by one thread at a time.</summary>
    public sealed class Pool(int formats)
    {
        private readonly ConcurrentBag<BuildWorker> idle = [];

        public BuildWorker Take() => idle.TryTake(out var worker) ? worker : new BuildWorker(formats);

        public void GiveBack(BuildWorker worker) => idle.Add(worker);
    }
}

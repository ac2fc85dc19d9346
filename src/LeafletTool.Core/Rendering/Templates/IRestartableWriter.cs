using System.Buffers;

namespace LeafletTool.Core.Rendering.Templates;

/// <summary>
/// Where a very large page (the index of a large library) is written in pieces as it is rendered, able to drop
/// every byte written so far: the compiled tree may give up part way through the page (<see cref="CompiledTemplate"/>),
/// and Scriban then writes it again from the start.
/// </summary>
public interface IRestartableWriter : IBufferWriter<byte>
{
    /// <summary>Drops every byte written, as if nothing had been.</summary>
    void Restart();
}

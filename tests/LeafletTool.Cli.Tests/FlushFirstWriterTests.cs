namespace LeafletTool.Cli.Tests;

public class FlushFirstWriterTests
{
    [Fact]
    public void Buffered_output_is_written_out_before_anything_goes_to_standard_error()
    {
        var shared = new StringWriter();
        var output = new StreamWriter(new TextWriterStream(shared)) { AutoFlush = false };
        var error = new FlushFirstWriter(shared, output);

        output.WriteLine("finding 1");
        output.WriteLine("finding 2");
        Assert.Equal("", shared.ToString());
        error.WriteLine("leaflet: template error");
        output.WriteLine("after");
        output.Flush();

        Assert.Equal("finding 1\nfinding 2\nleaflet: template error\nafter\n",
            shared.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>A stream whose bytes (UTF-8) land in a writer, so both writers can share one record of what was
    /// written.</summary>
    private sealed class TextWriterStream(TextWriter target) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count)
            => target.Write(System.Text.Encoding.UTF8.GetString(buffer, offset, count));
    }
}

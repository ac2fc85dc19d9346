using System.Text;
using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Tests.Validation;

/// <summary>A source read each time it is loaded (for checks too large to keep every source in memory).</summary>
public class SourceReadOnDemandTests
{
    private static readonly LeafletValidator LoadTwice = new(RuleSet.All) { KeptSourceBudget = 0 };

    [Fact]
    public void A_source_read_on_demand_gives_the_same_findings_as_one_kept_in_memory()
    {
        var text = TestLeaflet.WithParagraph("- Your stomma nurse will visit.");
        var bytes = Encoding.UTF8.GetBytes(text);
        var reads = 0;
        var onDemand = LeafletInput.FromReader("leaflets/a.yaml", bytes.Length,
            () => { reads++; return (bytes, null); }, ProjectConfig.Default, isTarget: true);

        var kept = LoadTwice.Validate(
            [new LeafletInput("leaflets/a.yaml", text, ProjectConfig.Default, IsTarget: true)], TestLeaflet.Today,
            jobs: 1);
        var read = LoadTwice.Validate([onDemand], TestLeaflet.Today, jobs: 1);

        Assert.Equal(kept[0].Diagnostics, read[0].Diagnostics);
        Assert.Equal(2, reads);
        Assert.Equal(bytes.Length, onDemand.SourceLength);
    }

    [Fact]
    public void A_file_saved_between_the_passes_is_reported_not_mixed()
    {
        var versions = new Queue<string>(
            [TestLeaflet.WithParagraph("- First version."), TestLeaflet.WithParagraph("- Second, longer version.")]);
        var input = LeafletInput.FromReader("leaflets/a.yaml", 100,
            () => (Encoding.UTF8.GetBytes(versions.Count > 1 ? versions.Dequeue() : versions.Peek()), null),
            ProjectConfig.Default, isTarget: true);

        var outcome = Assert.Single(LoadTwice.Validate([input], TestLeaflet.Today, jobs: 1));

        var finding = Assert.Single(outcome.Diagnostics);
        Assert.Equal(RuleCatalogue.UnreadableFile.Id, finding.Rule);
        Assert.Equal(LeafletInput.ChangedWhileChecked, finding.Message);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void A_sources_fingerprint_is_the_sha256_of_its_utf8_bytes_however_it_is_kept()
    {
        var text = "\uFEFFtitle: Caf\u00e9 \u2013 \U0001F600\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = System.Security.Cryptography.SHA256.HashData(bytes);
        var config = ProjectConfig.Default;
        var versions = new Queue<byte[]>([bytes, [.. bytes, 0x20]]);
        var changing = LeafletInput.FromReader("c.yaml", 1, () => (versions.Count > 1 ? versions.Dequeue()
            : versions.Peek(), null), config, isTarget: true);
        byte[]? scratch = new byte[3];

        Assert.Equal(expected, new LeafletInput("a.yaml", text, config, IsTarget: true).Utf8Sha256(ref scratch));
        Assert.Equal(expected, LeafletInput.FromUtf8("a.yaml", bytes, config, isTarget: true).Utf8Sha256(ref scratch));
        Assert.Equal(expected, LeafletInput.FromReader("a.yaml", 1, () => (bytes, null), config, isTarget: true)
            .Utf8Sha256(ref scratch));
        // The first read is remembered: a later read that differs counts as no text, as when it is loaded.
        Assert.Equal(expected, changing.Utf8Sha256(ref scratch));
        Assert.Equal(LeafletInput.ChangedWhileChecked, changing.Open().Problem);
        var none = System.Security.Cryptography.SHA256.HashData([]);
        Assert.Equal(none, changing.Utf8Sha256(ref scratch));
        Assert.Equal(none, LeafletInput.FromReader("b.yaml", 1, () => (null, "UTF-16"), config, isTarget: true)
            .Utf8Sha256(ref scratch));
        Assert.Equal(none, LeafletInput.Unreadable("b.yaml", config, isTarget: true, "gone").Utf8Sha256(ref scratch));
    }

    [Fact]
    public void A_file_that_cannot_be_read_when_it_is_loaded_says_why()
    {
        var input = LeafletInput.FromReader("leaflets/a.yaml", 10, () => (null, "The file is saved as UTF-16."),
            ProjectConfig.Default, isTarget: true);

        var outcome = Assert.Single(LoadTwice.Validate([input], TestLeaflet.Today, jobs: 1));

        Assert.Equal("The file is saved as UTF-16.", Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public void A_reader_that_fills_a_lent_buffer_gives_the_same_findings_as_sources_kept_in_memory()
    {
        var texts = new[]
        {
            TestLeaflet.WithParagraph("- A long paragraph about your stomma nurse, who will visit you at home soon."),
            TestLeaflet.WithParagraph("- Short."),
            TestLeaflet.WithParagraph("- Your nurse will visit twice twice."),
        };
        var reader = new LendingReader(texts);
        var onDemand = texts.Select((t, i) => LeafletInput.FromReader($"leaflets/{i}.yaml", t.Length, reader,
            ProjectConfig.Default, isTarget: true)).ToList();
        var kept = texts.Select((t, i) => new LeafletInput($"leaflets/{i}.yaml", t, ProjectConfig.Default, true))
            .ToList();

        var read = LoadTwice.Validate(onDemand, TestLeaflet.Today, jobs: 1);
        var expected = LoadTwice.Validate(kept, TestLeaflet.Today, jobs: 1);

        Assert.Equal(expected.Select(o => o.Diagnostics), read.Select(o => o.Diagnostics));
        Assert.True(reader.Lent > 0, "the validator lends its buffer");
    }

    /// <summary>Reads into the buffer it is lent when it is large enough, leaving a tail of another file's bytes
    /// after the text.</summary>
    private sealed class LendingReader(string[] texts) : LeafletInput.OnDemand
    {
        public int Lent { get; private set; }

        public override (byte[]? Utf8, string? Problem) Read(string name) =>
            (Encoding.UTF8.GetBytes(texts[Index(name)]), null);

        public override (int Length, string? Problem) Read(string name, ref byte[]? buffer)
        {
            var bytes = Encoding.UTF8.GetBytes(texts[Index(name)]);
            if (buffer is null || buffer.Length < bytes.Length)
            {
                buffer = new byte[bytes.Length + 64];
                buffer.AsSpan().Fill((byte)'x');
            }
            else
            {
                Lent++;
            }

            bytes.CopyTo(buffer, 0);
            return (bytes.Length, null);
        }

        private static int Index(string name) => name["leaflets/".Length] - '0';
    }
}

using System.Text;

namespace LeafletTool.Bench;

/// <summary>
/// Makes realistic leaflets deterministically from a seed: about 1,000 words in 15 sections with every
/// block kind, two planted typos each, an American spelling in every third, and review dates spread so
/// that some are overdue and some due soon as of late 2026.
/// </summary>
/// <param name="varied">Leaflets unlike the ones the tool was tuned on: 3 to 30 sections and about 300 to 3,000 words
/// each (every block kind still in each), for measuring on a corpus of another shape.</param>
public sealed class LeafletGenerator(int seed, bool varied = false)
{
    private readonly Random random = new(seed);
    private int sentencesPerParagraph = 2;

    public GeneratedLeaflet Next(int index)
    {
        var procedure = Pick(Phrases.Procedures);
        var slug = $"{procedure.Replace(' ', '-')}-{index:D6}";
        var title = $"{Capitalise(procedure)} ({index})";
        var published = new DateOnly(2021, 1, 1).AddMonths(random.Next(0, 58));
        var review = published.AddMonths(random.Next(24, 37));
        var sectionCount = varied ? random.Next(3, 31) : 15;
        // About 22 words a sentence and 2 to 3 paragraphs' worth of sentences a section, plus lists and notes.
        sentencesPerParagraph = varied ? Math.Max(1, random.Next(300, 3001) / (sectionCount * 22 * 3 / 2)) : 2;
        var sections = Enumerable.Range(0, sectionCount).Select(i => Section(i, procedure)).ToList();
        Plant(sections, index);

        var yaml = new StringBuilder();
        yaml.Append("title: ").Append(title).Append('\n');
        yaml.Append($"resource_number: {index:D5}/VER{1 + (index % 3)}\n");
        yaml.Append($"published: {published:yyyy-MM}\nreview: {review:yyyy-MM}\n");
        yaml.Append("owner: ").Append(Owners[index % Owners.Length]).Append('\n');
        yaml.Append("summary: >-\n  ").Append(Sentence(procedure)).Append(' ').Append(Sentence(procedure)).Append('\n');
        yaml.Append("sections:\n");
        var markdown = new StringBuilder($"---\ntitle: \"{title}\"\n---\n\n");
        var text = new StringBuilder(title).Append("\n\n");
        foreach (var (heading, blocks) in sections)
        {
            yaml.Append("  - heading: ").Append(heading).Append("\n    body:\n");
            markdown.Append("## ").Append(heading).Append("\n\n");
            text.Append(heading).Append("\n\n");
            foreach (var block in blocks) block.Write(yaml, markdown, text);
        }

        yaml.Append("contacts:\n  - name: ").Append(Owners[index % Owners.Length]).Append('\n');
        yaml.Append($"    purpose: If you have any questions about your {procedure}, please contact us.\n");
        yaml.Append($"    phone: 020 7188 {1000 + (index % 9000):D4}\n    hours: Monday to Friday, 9am to 5pm\n");
        return new GeneratedLeaflet(slug, yaml.ToString(), markdown.ToString(), text.ToString());
    }

    private static readonly string[] Owners =
    [
        "Pain management nurses", "Endoscopy unit", "Urology team", "Orthopaedic nurses", "Cardiology day unit",
        "Respiratory team", "Gynaecology nurses", "Surgical pre-assessment",
    ];

    private (string Heading, List<GeneratedBlock> Blocks) Section(int i, string procedure)
    {
        var blocks = new List<GeneratedBlock>
        {
            GeneratedBlock.Paragraph(Paragraph(procedure, sentencesPerParagraph)),
            GeneratedBlock.Paragraph(Paragraph(procedure, Math.Max(1, sentencesPerParagraph / 2))),
        };
        if (i % 3 == 1)
            blocks.Add(GeneratedBlock.Bullets(Enumerable.Range(0, 4).Select(_ => Pick(Phrases.Bullets)).ToList()));
        if (i % 5 == 2)
            blocks.Add(GeneratedBlock.Steps(Enumerable.Range(0, 3).Select(_ => Pick(Phrases.Bullets)).ToList()));
        if (i % 4 == 3) blocks.Add(GeneratedBlock.Note(string.Format(Pick(Phrases.Notes), procedure)));
        var heading = string.Format(Phrases.Headings[i % Phrases.Headings.Length], procedure);
        var part = 1 + (i / Phrases.Headings.Length);
        return (i < Phrases.Headings.Length ? heading : $"{heading} (part {part})", blocks);
    }

    private void Plant(List<(string Heading, List<GeneratedBlock> Blocks)> sections, int index)
    {
        for (var t = 0; t < 2; t++)
        {
            var (right, wrong) = Pick(Phrases.Typos);
            var block = sections[random.Next(sections.Count)].Blocks[0];
            block.Lines[0] = block.Lines[0] + $" Ask us about the {wrong} if you are unsure.";
            _ = right;
        }

        if (index % 3 == 0)
        {
            var (_, american) = Pick(Phrases.Americanisms);
            var block = sections[random.Next(sections.Count)].Blocks[1];
            block.Lines[0] = block.Lines[0] + $" We will explain the {american} to you.";
        }
    }

    private string Paragraph(string procedure, int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence(procedure)));

    private string Sentence(string procedure) => string.Format(Pick(Phrases.Sentences), procedure);

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}

using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Importers.Pdf;

/// <summary>One word as the page shows it: its text, whether every letter is bold, its font's name, where it
/// stands (PDF points, y upwards) and the address of the link it is under, if any.</summary>
internal sealed record PdfWord(string Text, bool Bold, string Font, double Left, double Size, string? Link);

/// <summary>One line of text: its words, its box, its usual font size, and its number on the page (from 1, in
/// reading order). <see cref="Part"/> is set once running headers and footers are known.</summary>
internal sealed record PdfLine(IReadOnlyList<PdfWord> Words, double Left, double Right, double Top, double Bottom,
    double Size, int Number)
{
    /// <summary>The height of the line's baseline (its lowest).</summary>
    public double Baseline { get; init; }

    public SourcePart Part { get; set; } = SourcePart.Body;

    /// <summary>The line stands in a shaded or bordered box.</summary>
    public bool Boxed { get; set; }

    /// <summary>A page number standing alone ("2", "- 2 -"), left out of the document.</summary>
    public bool Dropped { get; set; }

    public string Text => string.Join(' ', Words.Select(w => w.Text));

    /// <summary>Every word with a letter or digit in it is bold (and there is one).</summary>
    public bool AllBold => Words.Any(HasLetters) && Words.Where(HasLetters).All(w => w.Bold);

    public int Letters => Words.Sum(w => w.Text.Length);

    private static bool HasLetters(PdfWord word) => word.Text.Any(char.IsLetterOrDigit);
}

/// <summary>A block of lines the page segmentation found (a paragraph, a heading, a list, a column's run).</summary>
internal sealed record PdfBlock(IReadOnlyList<PdfLine> Lines, double Left, double Right);

/// <summary>One page's text in reading order, and how many images it has.</summary>
internal sealed record PdfPage(int Number, double Height, IReadOnlyList<PdfBlock> Blocks, int Images)
{
    public IEnumerable<PdfLine> Lines => Blocks.SelectMany(b => b.Lines);
}

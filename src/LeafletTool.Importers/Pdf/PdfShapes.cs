using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace LeafletTool.Importers.Pdf;

/// <summary>The shapes of a page that say something about its text: small filled discs and squares (list bullets
/// a browser drew) and boxes, shaded or bordered, around a few lines (a note), but not a frame round the page.
/// </summary>
internal sealed record PdfShapes(IReadOnlyList<PdfRectangle> Dots, IReadOnlyList<PdfRectangle> Boxes)
{
    public static PdfShapes Find(Page page)
    {
        var dots = new List<PdfRectangle>();
        var boxes = new List<PdfRectangle>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsFilled && !path.IsStroked)) continue;
            if (path.GetBoundingRectangle() is not { } box) continue;
            if (path.IsFilled && box.Width is >= 1.5 and <= 8 && box.Height is >= 1.5 and <= 8
                && Math.Abs(box.Width - box.Height) < 1)
            {
                dots.Add(box);
            }
            else if (box.Width > 50 && box.Height > 10 && box.Width < page.Width * 0.95
                && box.Height < page.Height * 0.8)
            {
                boxes.Add(box);
            }
        }

        return new PdfShapes(dots, boxes);
    }

    /// <summary>The line stands inside one of the boxes.</summary>
    public bool Boxed(PdfLine line) => Boxes.Any(b => line.Left >= b.Left - 1 && line.Right <= b.Right + 1
        && line.Bottom >= b.Bottom - 1 && line.Top <= b.Top + 1);
}

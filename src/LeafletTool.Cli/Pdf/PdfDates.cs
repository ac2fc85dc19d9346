using System.Text;

namespace LeafletTool.Cli.Pdf;

/// <summary>
/// Makes a browser's PDF the same on every build: the creation and modification dates it stamps are replaced,
/// digit for digit, by the leaflet's published date, so the byte offsets the PDF's index relies on do not move.
/// </summary>
public static class PdfDates
{
    private static readonly byte[][] Keys = [Encoding.ASCII.GetBytes("/CreationDate (D:"),
        Encoding.ASCII.GetBytes("/ModDate (D:")];

    public static byte[] Fix(byte[] pdf, DateOnly? published)
    {
        var stamp = Encoding.ASCII.GetBytes((published ?? new DateOnly(2000, 1, 1))
            .ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "000000");
        foreach (var key in Keys)
        {
            for (var at = pdf.AsSpan().IndexOf(key); at >= 0;)
            {
                var digits = at + key.Length;
                for (var i = 0; i < stamp.Length && digits + i < pdf.Length
                    && char.IsAsciiDigit((char)pdf[digits + i]); i++)
                {
                    pdf[digits + i] = stamp[i];
                }

                var next = pdf.AsSpan(digits).IndexOf(key);
                at = next < 0 ? -1 : digits + next;
            }
        }

        return pdf;
    }
}

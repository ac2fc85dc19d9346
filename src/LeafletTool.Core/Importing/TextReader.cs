using System.Text.RegularExpressions;
using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Core.Importing;

/// <summary>
/// The reader of plain-text sources: paragraphs separated by blank lines, wrapped lines joined, one paragraph a line
/// when the text is laid out that way (or flattened from a PDF), and typed bullets ("•", "-", "*") and numbers ("1.",
/// "2)") as list items. A text file says nothing of headings, so a short line standing alone is a paragraph here;
/// the interpreter decides it is a heading. A page number line ("Page 2 of 4") is a footer, not leaflet text.
/// </summary>
public static partial class TextReader
{
    public static ImportedDocument Read(string text)
    {
        var blocks = new List<SourceBlock>();
        foreach (var block in TextBlockReader.Read(text))
        {
            if (block.Kind == TextBlockKind.Text)
            {
                blocks.Add(new SourceBlock(SourceBlockKind.Paragraph, block.Text, new SourcePlace(0, block.Line))
                {
                    Part = PageNumber().IsMatch(block.Text) ? SourcePart.Footer : SourcePart.Body,
                });
                continue;
            }

            var list = block.Kind == TextBlockKind.Bullets ? SourceListKind.Bullet : SourceListKind.Numbered;
            for (var i = 0; i < block.Items.Count; i++)
            {
                blocks.Add(new SourceBlock(SourceBlockKind.ListItem, block.Items[i], new SourcePlace(0, block.Line + i))
                {
                    List = list,
                });
            }
        }

        return new ImportedDocument(blocks, []);
    }

    [GeneratedRegex(@"^(?:page\s+)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}

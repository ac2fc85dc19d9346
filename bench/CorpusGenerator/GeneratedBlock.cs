using System.Text;

namespace LeafletTool.Bench;

/// <summary>A body block of a generated leaflet and how it is written as YAML, Markdown and plain text.</summary>
public sealed class GeneratedBlock
{
    private GeneratedBlock(string kind, List<string> lines)
    {
        Kind = kind;
        Lines = lines;
    }

    public string Kind { get; }

    public List<string> Lines { get; }

    public static GeneratedBlock Paragraph(string text) => new("paragraph", [text]);

    public static GeneratedBlock Bullets(List<string> items) => new("bullets", items);

    public static GeneratedBlock Steps(List<string> items) => new("steps", items);

    public static GeneratedBlock Note(string text) => new("note", [text]);

    public void Write(StringBuilder yaml, StringBuilder markdown, StringBuilder text)
    {
        switch (Kind)
        {
            case "paragraph":
                yaml.Append("      - >-\n");
                foreach (var line in Wrap(Lines[0], 80)) yaml.Append("        ").Append(line).Append('\n');
                markdown.Append(Lines[0]).Append("\n\n");
                text.Append(Lines[0]).Append("\n\n");
                break;
            case "note":
                yaml.Append("      - note: ").Append(Lines[0]).Append('\n');
                markdown.Append("> ").Append(Lines[0]).Append("\n\n");
                text.Append(Lines[0]).Append("\n\n");
                break;
            default:
                yaml.Append("      - ").Append(Kind).Append(":\n");
                for (var i = 0; i < Lines.Count; i++)
                {
                    yaml.Append("          - ").Append(Lines[i]).Append('\n');
                    markdown.Append(Kind == "steps" ? $"{i + 1}. " : "- ").Append(Lines[i]).Append('\n');
                    text.Append(Lines[i]).Append('\n');
                }

                markdown.Append('\n');
                text.Append('\n');
                break;
        }
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }

        if (line.Length > 0) yield return line.ToString();
    }
}

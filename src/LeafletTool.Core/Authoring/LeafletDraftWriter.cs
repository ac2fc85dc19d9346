using System.Text;
using LeafletTool.Core.Schema;

namespace LeafletTool.Core.Authoring;

/// <summary>
/// Writes a <see cref="LeafletDraft"/> as a source file in format v1, laid out as the team writes them by hand,
/// starting with the line that points VS Code's YAML extension at <c>leaflet.schema.json</c>.
/// </summary>
public static class LeafletDraftWriter
{
    public static string Write(LeafletDraft draft)
    {
        var yaml = new StringBuilder();
        yaml.Append(LeafletSchema.ModelineForSameFolder).Append('\n');
        Field(yaml, 0, "title", draft.Title, required: true);
        Field(yaml, 0, "resource_number", draft.ResourceNumber, required: true);
        Field(yaml, 0, "published", draft.Published, required: true);
        Field(yaml, 0, "review", draft.Review, required: true);
        Field(yaml, 0, "owner", draft.Owner, required: true);
        Field(yaml, 0, "department", draft.Department, required: false);
        Field(yaml, 0, "summary", draft.Summary, required: false);
        yaml.Append("sections:\n");
        foreach (var section in draft.Sections)
        {
            yaml.Append("  - ");
            Field(yaml, 4, "heading", section.Heading, required: true, indentFirst: false);
            yaml.Append("    body:\n");
            foreach (var block in section.Body) Block(yaml, block);
        }

        yaml.Append("contacts:\n");
        foreach (var contact in draft.Contacts)
        {
            yaml.Append("  - ");
            Field(yaml, 4, "name", contact.Name, required: true, indentFirst: false);
            Field(yaml, 4, "purpose", contact.Purpose, required: false);
            Field(yaml, 4, "phone", contact.Phone, required: contact.Email is null);
            Field(yaml, 4, "hours", contact.Hours, required: false);
            Field(yaml, 4, "email", contact.Email, required: false);
        }

        Field(yaml, 0, "out_of_hours", draft.OutOfHours, required: false);
        return yaml.ToString();
    }

    private static void Block(StringBuilder yaml, DraftBlock block)
    {
        switch (block.Kind)
        {
            case DraftBlockKind.Paragraph:
                Item(yaml, 6, block.Lines[0]);
                break;
            case DraftBlockKind.Note:
                yaml.Append("      - ");
                Field(yaml, 8, "note", block.Lines[0], required: true, indentFirst: false);
                break;
            default:
                yaml.Append("      - ").Append(block.Kind == DraftBlockKind.Bullets ? "bullets" : "steps")
                .Append(":\n");
                foreach (var line in block.Lines) Item(yaml, 10, line);
                break;
        }
    }

    private static void Item(StringBuilder yaml, int indent, string text) =>
        yaml.Append(' ', indent).Append("- ").Append(YamlText.Scalar(text, indent + 2, 0)).Append('\n');

    private static void Field(StringBuilder yaml, int indent, string key, string? value, bool required,
        bool indentFirst = true)
    {
        if (string.IsNullOrWhiteSpace(value) && !required) return;
        if (indentFirst) yaml.Append(' ', indent);
        yaml.Append(key).Append(':');
        if (!string.IsNullOrWhiteSpace(value))
            yaml.Append(' ').Append(YamlText.Scalar(value, indent + 2, key.Length + 2));
        yaml.Append('\n');
    }
}

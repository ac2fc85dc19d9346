using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Loading;

/// <summary>Reads <c>sections:</c>: each a heading and a body of paragraphs, bullets, steps and notes.</summary>
internal static class SectionReader
{
    public static List<Section> Read(YamlSequence? list, DiagnosticBag bag)
    {
        var items = list?.Items ?? [];
        var sections = new List<Section>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is not YamlMapping mapping)
            {
                bag.Report(RuleCatalogue.InvalidValue, item.Start,
                    $"Each section should have a \"heading:\" and a \"body:\", but this one is {item.KindName}.");
                continue;
            }

            var fields = new FieldSet(mapping, LeafletFields.Section, "a section", bag);
            var heading = fields.Text("heading", required: true);
            var body = fields.List("body", required: true, "paragraph");
            sections.Add(new Section(heading, ReadBody(body, bag), mapping.Start));
        }

        return sections;
    }

    private static List<Block> ReadBody(YamlSequence? body, DiagnosticBag bag)
    {
        var items = body?.Items ?? [];
        var blocks = new List<Block>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var block = item switch
            {
                YamlScalar scalar => ReadParagraph(scalar, bag),
                YamlMapping mapping => ReadBlock(mapping, bag),
                _ => Invalid(item, bag),
            };
            if (block is not null) blocks.Add(block);
        }

        return blocks;
    }

    private static Paragraph? ReadParagraph(YamlScalar scalar, DiagnosticBag bag)
    {
        if (!scalar.IsNull && !string.IsNullOrWhiteSpace(scalar.Value)) return new Paragraph(LocatedText.From(scalar));
        bag.Report(RuleCatalogue.MissingField, scalar.Start, "This paragraph is empty; write it or remove the line.");
        return null;
    }

    private static Block? Invalid(YamlNode item, DiagnosticBag bag)
    {
        bag.Report(RuleCatalogue.InvalidValue, item.Start,
            "A body item should be a paragraph of text or one of bullets, steps, note or urgent, but this is "
            + $"{item.KindName}.");
        return null;
    }

    private static Block? ReadBlock(YamlMapping mapping, DiagnosticBag bag)
    {
        var fields = new FieldSet(mapping, LeafletFields.Block, "a body block", bag);
        if (fields.Count == 0)
        {
            // A block whose only keys are misspelt has had them reported as unknown fields already.
            if (mapping.Entries.Count == 0)
            {
                bag.Report(RuleCatalogue.InvalidValue, mapping.Start,
                    "A body block needs one of \"bullets:\", \"steps:\", \"note:\" or \"urgent:\".");
            }

            return null;
        }

        if (fields.Count > 1)
        {
            var (first, second) = (fields.NameAt(0), fields.NameAt(1));
            bag.Report(RuleCatalogue.InvalidValue, fields.Get(second)!.Value.Key.Start,
                $"A body block has one kind, but this one has both \"{first}\" and \"{second}\"; start \"- {second}:\" "
                + "as a block of its own.");
            return null;
        }

        return fields.NameAt(0) switch
        {
            "note" => fields.Text("note", required: true) is { } note ? new Note(note, mapping.Start) : null,
            "urgent" => fields.Text("urgent", required: true) is { } urgent
                ? new Note(urgent, mapping.Start, Urgent: true)
                : null,
            "bullets"
                => new BulletList(ReadItems(fields.List("bullets", required: true, "bullet"), bag), mapping.Start),
            _ => new StepList(ReadItems(fields.List("steps", required: true, "step"), bag), mapping.Start),
        };
    }

    private static List<LocatedText> ReadItems(YamlSequence? list, DiagnosticBag bag)
    {
        var written = list?.Items ?? [];
        var items = new List<LocatedText>(written.Count);
        for (var i = 0; i < written.Count; i++)
        {
            var item = written[i];
            switch (item)
            {
                case YamlScalar scalar when scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value):
                    bag.Report(RuleCatalogue.MissingField, item.Start,
                    "This list item is empty; write it or remove the line.");
                    break;
                case YamlScalar scalar:
                    items.Add(LocatedText.From(scalar));
                    break;
                default:
                    bag.Report(RuleCatalogue.InvalidValue, item.Start,
                        $"A list item should be a line of text, but this is {item.KindName}. Lists inside lists are "
                        + "not supported.");
                    break;
            }
        }

        return items;
    }
}

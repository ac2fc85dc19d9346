using DocumentFormat.OpenXml.Wordprocessing;
using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Importers.Word;

/// <summary>numbering.xml: what kind of list a numbering instance and level is. A level whose number format is
/// "bullet" is a bulleted list, "none" no list at all, any other (decimal, lowerLetter, upperRoman…) a numbered
/// one. A level override in the instance wins over its abstract numbering.</summary>
internal sealed class WordNumbering
{
    private readonly Dictionary<int, NumberingInstance> instances = [];
    private readonly Dictionary<int, AbstractNum> abstracts = [];

    public WordNumbering(Numbering? root)
    {
        if (root is null) return;
        foreach (var a in root.Elements<AbstractNum>())
        {
            if (a.AbstractNumberId?.Value is { } id) abstracts.TryAdd(id, a);
        }

        foreach (var n in root.Elements<NumberingInstance>())
        {
            if (n.NumberID?.Value is { } id) instances.TryAdd(id, n);
        }
    }

    public SourceListKind Kind(WordListReference reference)
    {
        if (reference.NumberingId == 0 || !instances.TryGetValue(reference.NumberingId, out var instance))
        {
            return SourceListKind.None;
        }

        var level = instance.Elements<LevelOverride>()
            .FirstOrDefault(o => o.LevelIndex?.Value == reference.Level)?.Level;
        if (level?.NumberingFormat is null && instance.AbstractNumId?.Val?.Value is { } abstractId
            && abstracts.TryGetValue(abstractId, out var abstractNum))
        {
            level = abstractNum.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == reference.Level);
        }

        var format = level?.NumberingFormat?.Val?.Value;
        if (format is null) return SourceListKind.Numbered;
        if (format == NumberFormatValues.Bullet) return SourceListKind.Bullet;
        return format == NumberFormatValues.None ? SourceListKind.None : SourceListKind.Numbered;
    }
}

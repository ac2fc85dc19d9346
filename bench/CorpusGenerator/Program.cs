using LeafletTool.Bench;

// Usage: CorpusGenerator COUNT OUT_DIR [SEED] [varied]
// "varied": 3 to 30 sections and about 300 to 3,000 words a leaflet instead of 15 and 1,000 (a corpus of
// another shape).
// Writes OUT_DIR/leaflets (YAML + leaflettool.yaml + dictionary.txt), OUT_DIR/hugo (the same leaflets
// as a Hugo site of Markdown pages) and OUT_DIR/text (their prose as plain text, for spell-checkers).
if (args.Length < 2 || !int.TryParse(args[0], out var count) || count < 1)
{
    Console.Error.WriteLine("usage: CorpusGenerator COUNT OUT_DIR [SEED] [varied]");
    return 2;
}

var seed = args.Length > 2 && int.TryParse(args[2], out var s) ? s : 20261124;
var writer = new CorpusWriter(args[1]);
writer.WriteShared();
var generator = new LeafletGenerator(seed, varied: args.Length > 3 && args[3] == "varied");
for (var i = 0; i < count; i++)
{
    writer.Write(generator.Next(i));
}

Console.WriteLine($"wrote {count} leaflets to {Path.GetFullPath(args[1])}");
return 0;

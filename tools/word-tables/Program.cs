using System.IO.Compression;
using LeafletTool.Core.Language.Words;

// word-tables DATA-FOLDER IMAGE: the word image of the lists in DATA-FOLDER (src/LeafletTool.Core/Language/Data),
// written to IMAGE only when it differs from what is there (so the core is not rebuilt for nothing).
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: word-tables DATA-FOLDER IMAGE");
    return 2;
}

byte[] List(string name)
{
    using var gzip = new GZipStream(File.OpenRead(Path.Combine(args[0], name)), CompressionMode.Decompress);
    using var unpacked = new MemoryStream();
    gzip.CopyTo(unpacked);
    return unpacked.ToArray();
}

var image = WordImageBuilder.Build(List("british-english-large.txt.gz"), List("en-gb-hunspell-extra.txt.gz"),
    List("medical-lexicon.txt.gz"), List("british-english-small.txt.gz"), List("word-ranks.tsv.gz"));
if (File.Exists(args[1]) && File.ReadAllBytes(args[1]).AsSpan().SequenceEqual(image)) return 0;
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
var temporary = args[1] + ".tmp";
File.WriteAllBytes(temporary, image);
File.Move(temporary, args[1], overwrite: true);
return 0;

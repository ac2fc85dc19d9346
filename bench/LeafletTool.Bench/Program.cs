using System.Diagnostics;
using LeafletTool.Bench;
using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Reading;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Language.Words;
using LeafletTool.Core.Markup;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rules.Contacts;
using LeafletTool.Core.Rules.Dates;
using LeafletTool.Core.Rules.Identity;
using LeafletTool.Core.Rules.Language;
using LeafletTool.Core.Rules.Structure;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Validation;

// Times the language rules on generated leaflets of about 1,000 words each (sentences of the real leaflet,
// each with a planted typo and a made-up word of its own, so every leaflet asks for suggestions). Each timing
// gets leaflets with made-up words of their own, so no run is helped by suggestions cached by the one before.
if (args is ["word-import", .. var wordOptions])
{
    // bench word-import [COUNT [FILE.docx]]: the Word reader on COUNT copies (default 1,000) of one document.
    WordImportPhase.Run(wordOptions.Length > 1 ? wordOptions[1] : null,
        wordOptions.Length > 0 ? int.Parse(wordOptions[0], System.Globalization.CultureInfo.InvariantCulture) : 1000);
    return;
}

if (args is ["style", var styleFolder, .. var styleRounds])
{
    StylePhases.Run(styleFolder, styleRounds.Length > 0 ? int.Parse(styleRounds[0],
        System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

if (args is ["corpus", var corpusFolder])
{
    CorpusPhases.Run(corpusFolder);
    return;
}

if (args is ["pdf-import", var pdfFile, .. var pdfCopies])
{
    PdfImportPhase.Run(pdfFile, pdfCopies.Length > 0 ? int.Parse(pdfCopies[0],
        System.Globalization.CultureInfo.InvariantCulture) : 1000);
    return;
}

if (args is ["hostile-files", var hostileFolder, var hostileSize])
{
    // Writes one file of each adversarial shape, to time the command line on them (bench/hostile.sh).
    Directory.CreateDirectory(hostileFolder);
    foreach (var (name, make) in LeafletTool.TestSupport.HostileShapes.All)
    {
        // Sizes are in characters; shrink until the file's UTF-8 bytes fit the size asked for.
        var size = int.Parse(hostileSize, System.Globalization.CultureInfo.InvariantCulture);
        var text = make(size);
        for (var chars = size; System.Text.Encoding.UTF8.GetByteCount(text) > size; chars = chars * 9 / 10)
        {
            text = make(chars);
        }

        File.WriteAllText(Path.Combine(hostileFolder, name + ".yaml"), text);
    }

    return;
}

if (args is ["hostile", .. var hostileOptions])
{
    // bench hostile [SMALL LARGE [SHAPE]]: sizes in bytes; default 128 KiB and 1 MiB less a little for the rest.
    var sizes = hostileOptions.Length >= 2
        ? hostileOptions[..2].Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
        : [128 * 1024, 1024 * 1024 - 1024];
    HostilePhases.Run(sizes[0], sizes[1], hostileOptions.Length > 2 ? hostileOptions[2] : null);
    return;
}

if (args is ["prose", var proseFile])
{
    ProseProbe.Run(proseFile);
    return;
}

if (args is ["words", var wordsFolder, .. var wordsCount])
{
    WordPhases.Run(wordsFolder, wordsCount.Length > 0 ? int.Parse(wordsCount[0],
        System.Globalization.CultureInfo.InvariantCulture) : 1000);
    return;
}

if (args is ["yaml", var yamlFolder])
{
    YamlReaders.Run(yamlFolder);
    return;
}

if (args is ["render", var renderFolder, var templateFolder, .. var renderOptions])
{
    RenderPhases.Run(renderFolder, new FolderSource(templateFolder), renderOptions);
    return;
}

var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2000;
var config =
    ProjectConfig.Default with { HouseWords = ["cannula", "cryotherapy", "denervation", "neurolysis",
    "radiofrequency"] };
var today = new DateOnly(2026, 11, 23);
ILeafletRule[] language = [new SpellingRule(), new SpellingInconsistentRule(), new AmericanSpellingRule(),
    new RepeatedWordRule(), new TimeFormatRule(), new ReadabilityRule(), new SentenceLengthRule()];
var run = 0;

var clock = Stopwatch.StartNew();
_ = EnglishDictionary.Words.Count;
_ = AmericanSpellings.Count;
Console.WriteLine($"dictionaries loaded in {clock.ElapsedMilliseconds} ms");
clock.Restart();
_ = Suggestions.For("recieve", []);
Console.WriteLine($"suggestion index built in {clock.ElapsedMilliseconds} ms");

var sample = Load();
Console.WriteLine($"{count} leaflets of {sample.Average(l => Readability.Measure(l).Words):0} words on average");
Check(language, Load().Take(50).ToList(), Corpus.Build(sample));

var loadWatch = Stopwatch.StartNew();
_ = Load();
Console.WriteLine($"YAML loading (for comparison): {loadWatch.Elapsed.TotalMilliseconds / count:0.000} ms per leaflet");
Time("corpus word counts", Load, leaflets => _ = Corpus.Build(leaflets).Words.Counts.Count);
Time("language rules, 1 thread", Load, leaflets => Check(language, leaflets, Corpus.Build(leaflets)));
foreach (var rule in language)
    Time($"  {rule.Info.Id}", Load, leaflets => Check([rule], leaflets, Corpus.Build(leaflets)));

List<Leaflet> Load() =>
    GeneratedLeaflets.Make(count, offset: 100_000 * run++)
        .Select(text => LeafletValidator.Load(new LeafletInput(text.Name, text.Yaml, config, IsTarget: true)).Leaflet!)
        .ToList();

void Check(ILeafletRule[] rules, List<Leaflet> leaflets, Corpus corpus)
{
    foreach (var leaflet in leaflets)
    {
        var bag = new DiagnosticBag(leaflet.File);
        var context = new RuleContext(today, config, corpus);
        foreach (var rule in rules) rule.Check(leaflet, context, bag);
    }
}

void Time(string what, Func<List<Leaflet>> prepare, Action<List<Leaflet>> work)
{
    var leaflets = prepare();
    var watch = Stopwatch.StartNew();
    work(leaflets);
    watch.Stop();
    Console.WriteLine($"{what}: {watch.Elapsed.TotalMilliseconds / count:0.000} ms per leaflet "
        + $"({watch.ElapsedMilliseconds} ms)");
}

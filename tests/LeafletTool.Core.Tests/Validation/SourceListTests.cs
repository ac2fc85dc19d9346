using System.Text;
using LeafletTool.Core.Building;
using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Tests.Building;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Tests.Validation;

/// <summary>A compact list of sources read on demand (<see cref="SourceList"/>), as a check of a large library
/// keeps them.</summary>
public class SourceListTests
{
    private static readonly LeafletValidator Validator = new(RuleSet.All);

    [Fact]
    public void Each_source_comes_back_with_its_name_length_reader_configuration_and_whether_it_was_asked_about()
    {
        var (first, second) = (new Texts(), new Texts());
        var strict = ProjectConfig.Default with { ResourceNumberPattern = "^PIL[0-9]+$" };
        var names = new[]
        {
            "leaflets/a.yaml", "leaflets/sub/b.yaml", "c.yaml", "/abs/path/é-ñ-日本.yaml", "leaflets/a.yaml",
            "../up/d.yaml", "C:\\win\\e.yaml",
        };
        var list = new SourceList(capacity: 2);
        for (var i = 0; i < names.Length; i++)
        {
            list.Add(names[i], 10 + i, i % 2 == 0 ? first : second, i < 3 ? strict : ProjectConfig.Default,
                isTarget: i != 2);
        }

        Assert.Equal(names.Length, list.Count);
        Assert.Equal(names, list.Select(i => i.Name));
        for (var i = 0; i < names.Length; i++)
        {
            var input = list[i];
            Assert.Equal(names[i], input.Name);
            Assert.Equal(10 + i, input.SourceLength);
            Assert.Same(i < 3 ? strict : ProjectConfig.Default, input.Config);
            Assert.Equal(i != 2, input.IsTarget);
        }

        _ = list[3].Open();
        Assert.Equal(["/abs/path/é-ñ-日本.yaml"], second.Asked);
        _ = list[4].Open();
        Assert.Equal(["leaflets/a.yaml"], first.Asked);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[names.Length]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }

    [Fact]
    public void Names_across_many_pages_come_back_whole()
    {
        var reader = new Texts();
        var list = new SourceList();
        var names = Enumerable.Range(0, 20_000)
            .Select(i => $"folder-{i % 7}/{new string((char)('a' + (i % 26)), 1 + (i % 40))}-{i}-ü.yaml").ToList();
        foreach (var name in names) list.Add(name, 1, reader, ProjectConfig.Default, isTarget: true);

        Assert.Equal(names, list.Select(i => i.Name));
        Assert.Same(list, list.Targets);
    }

    [Fact]
    public void A_source_added_as_folder_and_file_name_is_the_same_as_one_added_by_its_whole_name()
    {
        var reader = new Texts();
        var (byName, byParts) = (new SourceList(), new SourceList());
        foreach (var (folder, file) in new[] { ("leaflets/", "a.yaml"), ("", "b.yaml"), ("x/y/", "é.yaml") })
        {
            byName.Add(folder + file, 7, reader, ProjectConfig.Default, isTarget: folder.Length > 0);
            byParts.Add(folder, file, 7, reader, ProjectConfig.Default, isTarget: folder.Length > 0);
        }

        Assert.Equal(byName.Select(i => (i.Name, i.SourceLength, i.IsTarget)),
            byParts.Select(i => (i.Name, i.SourceLength, i.IsTarget)));
        Assert.Equal(["leaflets/a.yaml", "b.yaml", "x/y/é.yaml"], byParts.Select(i => i.Name));
        Assert.Throws<ArgumentException>(
            () => byParts.Add("leaflets", "c.yaml", 1, reader, ProjectConfig.Default, isTarget: true));
        Assert.Throws<ArgumentException>(() => byParts.Add("", "d/c.yaml", 1, reader, ProjectConfig.Default, true));
        Assert.Equal(3, byParts.Count);
    }

    [Fact]
    public void The_targets_are_those_asked_about_in_order()
    {
        var reader = new Texts();
        var list = new SourceList();
        for (var i = 0; i < 10; i++) list.Add($"l/{i}.yaml", i, reader, ProjectConfig.Default, isTarget: i % 3 == 0);

        var targets = SourceList.TargetsOf(list);

        Assert.Equal(["l/0.yaml", "l/3.yaml", "l/6.yaml", "l/9.yaml"], targets.Select(t => t.Name));
        Assert.Equal("l/6.yaml", targets[2].Name);
        Assert.Equal(4, targets.Count);
    }

    [Fact]
    public void A_file_saved_between_the_passes_is_caught_though_each_pass_is_given_a_new_input()
    {
        var texts = new Texts
        {
            ["l/a.yaml"] = TestLeaflet.WithParagraph("- First version."),
            ["l/b.yaml"] = TestLeaflet.WithParagraph("- Never changes."),
        };
        texts.After["l/a.yaml"] = TestLeaflet.WithParagraph("- Second, longer version.");
        var list = new SourceList();
        list.Add("l/a.yaml", 100, texts, ProjectConfig.Default, isTarget: true);
        list.Add("l/b.yaml", 100, texts, ProjectConfig.Default, isTarget: true);

        var outcomes = Validator.Validate(list, TestLeaflet.Today, jobs: 1);

        Assert.NotSame(list[0], list[0]);
        Assert.Equal(LeafletInput.ChangedWhileChecked, Assert.Single(outcomes[0].Diagnostics).Message);
        Assert.DoesNotContain(outcomes[1].Diagnostics, d => d.Rule == RuleCatalogue.UnreadableFile.Id);
    }

    [Fact]
    public void A_check_and_a_build_of_a_source_list_give_what_the_same_sources_as_objects_give()
    {
        var texts = new Texts();
        var list = new SourceList();
        var objects = new List<LeafletInput>();
        for (var i = 0; i < 6; i++)
        {
            var name = $"leaflets/leaflet-{i}.yaml";
            var text = TestLeaflet.WithParagraph(i % 2 == 0 ? "- Your stomma nurse will visit." : "- Rest well.");
            text = TestLeaflet.With(text, "title:", $"title: Leaflet number {i}");
            var number = i < 2 ? 1000 : 1000 + i;
            texts[name] = TestLeaflet.With(text, "resource_number:", $"resource_number: {number}/VER1");
            list.Add(name, texts[name].Length, texts, ProjectConfig.Default, isTarget: i != 5);
            objects.Add(new LeafletInput(name, texts[name], ProjectConfig.Default, IsTarget: i != 5));
        }

        var fromList = Validator.Validate(list, TestLeaflet.Today, jobs: 2);
        var fromObjects = Validator.Validate(objects, TestLeaflet.Today, jobs: 2);
        var (built, pages) = Build(list);
        var (expected, expectedPages) = Build(objects);

        Assert.Equal(5, fromList.Count);
        Assert.Equal(fromObjects.Select(o => o.Diagnostics), fromList.Select(o => o.Diagnostics));
        var rules = fromList.SelectMany(o => o.Diagnostics).Select(d => d.Rule).ToList();
        Assert.Contains(RuleCatalogue.Spelling.Id, rules);
        Assert.Contains(RuleCatalogue.ResourceNumberDuplicate.Id, rules);
        Assert.Equal(expected.Diagnostics, built.Diagnostics);
        Assert.Equal(3, built.Built);
        Assert.Equal(expected.Built, built.Built);
        Assert.Equal(expectedPages.Keys.Order(), pages.Keys.Order());
        foreach (var (page, content) in expectedPages) Assert.Equal(content.Bytes, pages[page].Bytes);
    }

    private static (SiteBuildResult Result, IReadOnlyDictionary<string, MemoryPage> Pages) Build(
        IReadOnlyList<LeafletInput> inputs)
    {
        var sink = new MemoryPageSink();
        var options = new SiteBuildOptions([PageFormat.Html, PageFormat.Text], LargePrint: false, TestLeaflet.Today, 2);
        return (SiteBuild.Run(Validator, inputs, RepoTemplates.Set, options, sink), sink.Pages);
    }

    /// <summary>Gives each name's text as UTF-8 (the text of <see cref="After"/> from the second read on), and
    /// records the names it was asked for.</summary>
    private sealed class Texts : LeafletInput.OnDemand, System.Collections.IEnumerable
    {
        private readonly Dictionary<string, string> texts = [];
        private readonly HashSet<string> read = [];

        public List<string> Asked { get; } = [];

        public Dictionary<string, string> After { get; } = [];

        public string this[string name]
        {
            get => texts[name];
            set => texts[name] = value;
        }

        public override (byte[]? Utf8, string? Problem) Read(string name)
        {
            lock (Asked)
            {
                Asked.Add(name);
                var text = !read.Add(name) && After.TryGetValue(name, out var after) ? after
                    : texts.GetValueOrDefault(name, TestLeaflet.WithParagraph("- Text."));
                return (Encoding.UTF8.GetBytes(text), null);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => texts.GetEnumerator();
    }
}

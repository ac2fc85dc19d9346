using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Model;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Loading;

/// <summary>
/// The fields of one YAML mapping, checked against the names the format allows. Unknown names are
/// reported with the nearest real one; readers then ask for each field by the shape they expect.
/// </summary>
internal sealed class FieldSet
{
    // A mapping has a handful of fields: a list searched in order costs less than a dictionary and a set for each
    // of a leaflet's 40 or so mappings (about 8 KB a load). The order is the order met, as a dictionary's keys were.
    private readonly List<KeyValuePair<YamlScalar, YamlNode>> fields;
    private readonly DiagnosticBag bag;
    private List<string>? misspelt;

    /// <param name="kind">What a key names, for messages: "field", or "rule id" for the <c>rules:</c> of the
    /// configuration.</param>
    public FieldSet(YamlMapping mapping, IReadOnlyList<string> allowed, string what, DiagnosticBag bag,
        string kind = "field")
    {
        this.bag = bag;
        Start = mapping.Start;
        What = what;
        var entries = mapping.Entries;
        if (SharedEntries(entries, allowed) is { } shared)
        {
            fields = shared;
            return;
        }

        fields = new List<KeyValuePair<YamlScalar, YamlNode>>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var name = entry.Key.Value;
            if (IsAllowed(name, allowed))
            {
                // A name given twice keeps its first place and its last value, as a dictionary's indexer does.
                if (IndexOf(name) is var at and >= 0) fields[at] = entry;
                else fields.Add(entry);
                continue;
            }

            var nearest = EditDistance.Nearest(name, allowed.Where(a => !mapping.Entries.Any(e => e.Key.Value == a)))
                ?? allowed.FirstOrDefault(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
                ?? OnlyOneStartingWith(name, allowed);
            if (nearest is not null) (misspelt ??= []).Add(nearest);
            var known = string.Join(", ", allowed);
            bag.Report(RuleCatalogue.UnknownField, entry.Key.Start,
                nearest is null
                    ? $"\"{name}\" is not a {kind} of {what}. The {kind}s are: {known}."
                    : $"\"{name}\" is not a {kind} of {what}. Did you mean \"{nearest}\"?",
                nearest);
        }
    }

    public SourcePosition Start { get; }

    public string What { get; }

    public bool Has(string name) => IndexOf(name) >= 0;

    /// <summary>True when an unknown key was reported with this name as its fix ("reveiw" → "review"):
    /// the field is there, misspelt, so reporting it missing as well would only repeat the problem.</summary>
    public bool IsMisspelt(string name) => misspelt?.Contains(name, StringComparer.Ordinal) == true;

    /// <summary>How many of the allowed fields are there.</summary>
    public int Count => fields.Count;

    /// <summary>The names of the allowed fields there, in the order they were met.</summary>
    public IEnumerable<string> Present => fields.Select(f => f.Key.Value);

    /// <summary>The name of the allowed field met <paramref name="index"/>th (0 to <see cref="Count"/> − 1).</summary>
    public string NameAt(int index) => fields[index].Key.Value;

    public KeyValuePair<YamlScalar, YamlNode>? Get(string name) => TryGet(name, out var e) ? e : null;

    /// <summary>A text field. Reports it as missing (when required) or empty, or of the wrong shape.</summary>
    public LocatedText? Text(string name, bool required)
    {
        if (!TryGet(name, out var entry))
        {
            if (required) Missing(name);
            return null;
        }

        switch (entry.Value)
        {
            case YamlScalar scalar when scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value):
                bag.Report(RuleCatalogue.MissingField, entry.Key.Start,
                    required ? $"\"{name}\" is empty; {What} needs one."
                    : $"\"{name}\" is empty; give it a value or remove the line.");
                return null;
            case YamlScalar scalar:
                return LocatedText.From(scalar);
            default:
                bag.Report(RuleCatalogue.InvalidValue, entry.Value.Start,
                    $"\"{name}\" should be text, but here it is {entry.Value.KindName}.");
                return null;
        }
    }

    /// <summary>A list field. Reports it as missing (when required), empty, or not a list.</summary>
    public YamlSequence? List(string name, bool required, string itemName)
    {
        if (!TryGet(name, out var entry))
        {
            if (required) Missing(name);
            return null;
        }

        switch (entry.Value)
        {
            case YamlSequence { Items.Count: > 0 } list:
                return list;
            case YamlSequence:
            case YamlScalar { IsNull: true }:
                bag.Report(RuleCatalogue.MissingField, entry.Key.Start,
                    required ? $"\"{name}\" is empty; {What} needs at least one {itemName}."
                    : $"\"{name}\" is empty; add a {itemName} or remove the line.");
                return null;
            default:
                bag.Report(RuleCatalogue.InvalidValue, entry.Value.Start,
                    $"\"{name}\" should be a list of {itemName}s, each on its own line starting with \"- \", but here "
                    + $"it is {entry.Value.KindName}.");
                return null;
        }
    }

    /// <summary>
    /// The mapping's own list of entries when every name in it is allowed and none is given twice (as in nearly every
    /// mapping of a leaflet): the fields are then those entries in their order, and a copy of them is not needed.
    /// The list is only read.
    /// </summary>
    private static List<KeyValuePair<YamlScalar, YamlNode>>? SharedEntries(
        IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, IReadOnlyList<string> allowed)
    {
        if (entries is not List<KeyValuePair<YamlScalar, YamlNode>> list) return null;
        for (var i = 0; i < list.Count; i++)
        {
            var name = list[i].Key.Value;
            if (!IsAllowed(name, allowed)) return null;
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(list[j].Key.Value, name, StringComparison.Ordinal)) return null;
            }
        }

        return list;
    }

    private static bool IsAllowed(string name, IReadOnlyList<string> allowed)
    {
        for (var i = 0; i < allowed.Count; i++)
        {
            if (string.Equals(allowed[i], name, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (string.Equals(fields[i].Key.Value, name, StringComparison.Ordinal)) return i;
        }

        return -1;
    }

    private bool TryGet(string name, out KeyValuePair<YamlScalar, YamlNode> entry)
    {
        var at = IndexOf(name);
        entry = at >= 0 ? fields[at] : default;
        return at >= 0;
    }

    private void Missing(string name)
    {
        if (IsMisspelt(name)) return;
        bag.Report(RuleCatalogue.MissingField, Start,
            $"{Capitalise(What)} has no \"{name}\"; add a line \"{name}: ...\".");
    }

    /// <summary>The one allowed name that begins with a shortened key ("max_interval" →
    /// "max_interval_months").</summary>
    private static string? OnlyOneStartingWith(string name, IReadOnlyList<string> allowed)
    {
        if (name.Length < 4) return null;
        var matches = allowed.Where(a => a.StartsWith(name, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static string Capitalise(string text)
        => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

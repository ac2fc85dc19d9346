using System.Globalization;
using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.ChangeControl;

/// <summary>
/// The change-control rules: a leaflet compared with its version at a base (a git branch, tag or commit).
/// <c>version-not-bumped</c> and <c>published-not-updated</c> fire only when what a patient reads changed;
/// <c>resource-number-changed</c> whenever the resource number's base did. A leaflet new since the base fires none.
/// </summary>
public static class ChangeRules
{
    /// <summary>The findings for <paramref name="head"/> against <paramref name="old"/> (null: new at the base),
    /// with the severities of <paramref name="config"/>, none that is off. <paramref name="baseName"/> is how the
    /// messages name the base; <paramref name="today"/> gives the suggested published date.</summary>
    public static IReadOnlyList<Diagnostic> Compare(LeafletSnapshot? old, LeafletSnapshot head, ProjectConfig config,
        string baseName, DateOnly today)
    {
        var found = new List<Diagnostic>();
        if (old is null) return found;
        var pattern = config.ResourceNumberPattern;
        var oldNumber = old.ResourceNumber is null ? null : ResourceVersion.Parse(old.ResourceNumber.Value, pattern);
        var newNumber = head.ResourceNumber is null ? null : ResourceVersion.Parse(head.ResourceNumber.Value, pattern);
        var numberAt = head.ResourceNumber?.Position ?? head.Start;
        if (oldNumber is not null && newNumber is not null && oldNumber.Base != newNumber.Base)
        {
            Add(found, config, RuleCatalogue.ResourceNumberChanged, head.File, numberAt,
                $"The resource number changed from {oldNumber.Value} to {newNumber.Value} since {baseName}: a new "
                + "number makes this a different leaflet to the library. Keep the number and raise its version "
                + "unless this is a new leaflet.");
        }

        if (head.Text.SameAs(old.Text)) return found;
        var changed = Describe(head.Text.ChangedSections(old.Text));
        if (oldNumber is not null && newNumber is not null && !newNumber.IsLaterThan(oldNumber))
        {
            var was = oldNumber.Value == newNumber.Value ? $"it is still {newNumber.Value}"
                : $"{newNumber.Value} is not later than {oldNumber.Value}";
            var none = newNumber.Version is null ? " (no version number found in it)" : "";
            Add(found, config, RuleCatalogue.VersionNotBumped, head.File, numberAt,
                $"What a patient reads changed since {baseName} ({changed}), but the version did not go up: "
                + $"{was}{none}.", newNumber.Bumped(oldNumber));
        }

        if (old.Published is not null && head.Published is not null && old.Published.Value == head.Published.Value)
        {
            var suggestion = today.ToString(head.Published.Value.Length > 7 ? "yyyy-MM-dd" : "yyyy-MM",
                CultureInfo.InvariantCulture);
            Add(found, config, RuleCatalogue.PublishedNotUpdated, head.File, head.Published.Position,
                $"What a patient reads changed since {baseName} ({changed}), but the published date is still "
                + $"{head.Published.Value}.", suggestion == head.Published.Value ? null : suggestion);
        }

        return found;
    }

    private static string Describe(IReadOnlyList<string> sections) =>
        sections.Count switch
        {
            0 => "the order of its sections",
            1 => $"in \"{sections[0]}\"",
            2 => $"in \"{sections[0]}\" and \"{sections[1]}\"",
            _ => $"in \"{sections[0]}\", \"{sections[1]}\" and {sections.Count - 2} more",
        };

    private static void Add(List<Diagnostic> found, ProjectConfig config, RuleInfo rule, string file,
        SourcePosition at, string message, string? suggestion = null)
    {
        var severity = config.SeverityOf(rule);
        if (severity == Severity.Off) return;
        found.Add(Diagnostic.At(rule, file, at, message, suggestion) with { Severity = severity });
    }
}

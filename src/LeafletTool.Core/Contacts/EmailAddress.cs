using System.Text.RegularExpressions;
using LeafletTool.Core.Language.Spelling;

namespace LeafletTool.Core.Contacts;

/// <summary>
/// Checks that an e-mail address is plausible: one @, a name before it, a domain with a dot after it, no
/// spaces. Suggests a fix for cheap slips: a "mailto:" prefix, a trailing full stop, spaces, a comma for a
/// dot, "Name &lt;address&gt;", and near-misses of nhs.uk and nhs.net.
/// </summary>
public static partial class EmailAddress
{
    public static bool IsValid(string text) => Check(text).IsValid;

    public static CheckResult Check(string text)
    {
        var value = text.Trim();
        var problem = Problem(value);
        if (problem is null) return CheckResult.Valid;
        var suggestion = Repairs(value).FirstOrDefault(r => r != value && Problem(r) is null);
        return new CheckResult(problem, suggestion);
    }

    private static string? Problem(string value)
    {
        if (value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            return "starts with \"mailto:\"; write just the address";
        if (value.Any(char.IsWhiteSpace)) return "contains a space";
        var at = value.Count(c => c == '@');
        if (at == 0) return "has no @";
        if (at > 1) return "has more than one @";
        var local = value[..value.IndexOf('@')];
        var domain = value[(value.IndexOf('@') + 1)..];
        if (local.Length == 0) return "has nothing before the @";
        if (domain.Length == 0) return "has nothing after the @";
        if (value.EndsWith('.')) return "ends with a full stop";
        if (value.Contains("..", StringComparison.Ordinal)) return "has two full stops in a row";
        if (!Local().IsMatch(local)) return $"has a character that cannot be used before the @ (\"{local}\")";
        if (!domain.Contains('.'))
            return $"has no full domain after the @ (\"{domain}\" should be like example.nhs.uk)";
        if (!Domain().IsMatch(domain))
            return $"has a character that cannot be used in the domain after the @ (\"{domain}\")";
        return NhsSlip(domain) is { } nhs ? $"looks like a slip for {nhs}" : null;
    }

    private static IEnumerable<string> Repairs(string value)
    {
        var name = Bracketed().Match(value);
        if (name.Success) yield return name.Groups["address"].Value;
        var mended = value;
        if (mended.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) mended = mended[7..];
        mended = new string(mended.Where(c => !char.IsWhiteSpace(c)).ToArray()).TrimEnd('.', ',', ';')
            .Replace(',', '.');
        yield return mended;
        var at = mended.LastIndexOf('@');
        if (at > 0 && NhsSlip(mended[(at + 1)..]) is { } nhs)
        {
            var domain = mended[(at + 1)..];
            var labels = domain.Split('.');
            yield return mended[..(at + 1)] + string.Join('.', labels[..^2]) + (labels.Length > 2 ? "." : "") + nhs;
        }
    }

    /// <summary>"nhs.uk" or "nhs.net" when the domain ends with a near-miss of one of them ("nsh.uk",
    /// "nhs.ku").</summary>
    private static string? NhsSlip(string domain)
    {
        var labels = domain.ToLowerInvariant().Split('.');
        if (labels.Length < 2) return null;
        var (second, last) = (labels[^2], labels[^1]);
        if (second == "nhs" && last is not ("uk" or "net"))
        {
            if (EditDistance.Between(last, "uk", 1) <= 1) return "nhs.uk";
            if (EditDistance.Between(last, "net", 1) <= 1) return "nhs.net";
        }

        if (last is "uk" or "net" && second != "nhs" && string.Concat(second.Order()) == "hns") return "nhs." + last;
        return null;
    }

    [GeneratedRegex(@"^[\p{L}0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}0-9!#$%&'*+/=?^_`{|}~-]+)*$")]
    private static partial Regex Local();

    [GeneratedRegex(@"^(?:[\p{L}0-9](?:[\p{L}0-9-]*[\p{L}0-9])?\.)+\p{L}{2,}$")]
    private static partial Regex Domain();

    [GeneratedRegex(@"<(?<address>[^<>\s]+@[^<>\s]+)>")]
    private static partial Regex Bracketed();
}

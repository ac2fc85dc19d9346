using LeafletTool.Core.Contacts;

namespace LeafletTool.Core.Rules.Contacts;

/// <summary>Checks a link's address: a complete <c>https://</c> address, a <c>mailto:</c> with a plausible
/// e-mail address, or a <c>tel:</c> number.</summary>
internal static class LinkAddress
{
    private const string Schemes = "links start with https://, mailto: or tel:";

    public static CheckResult Check(string address)
    {
        if (address.Length == 0) return new("has no address between \"(\" and \")\"", null);
        if (address.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) return Web(address);
        if (address.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            var secure = "https://" + address[7..];
            var web = Web(secure);
            if (web.Problem?.StartsWith("goes to", StringComparison.Ordinal) == true) return web; // the worse problem
            return new("starts with http://; use https:// so the page opens securely", web.IsValid ? secure : null);
        }

        if (address.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return Mail(address[7..]);
        if (address.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)) return Telephone(address[4..]);
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0) return new($"starts with \"{address[..(scheme + 3)]}\"; {Schemes}", null);
        if (EmailAddress.IsValid(address))
            return new($"is an e-mail address without \"mailto:\"; {Schemes}", "mailto:" + address);
        var host = address.Split('/', '?', '#')[0];
        if (host.Contains('.') && !host.StartsWith('.') && Web("https://" + address).IsValid)
        {
            return new($"has no https:// at the start; {Schemes}", "https://" + address);
        }

        return new($"is not a complete address; {Schemes}", null);
    }

    private static CheckResult Web(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.HostNameType != UriHostNameType.Dns)
        {
            return new("is not a complete web address", null);
        }

        var host = uri.IdnHost;
        if (uri.UserInfo.Length > 0)
        {
            // "https://www.nhs.uk@evil.example/" goes to evil.example: what is before the "@" is a user name, a
            // trick to make a link look like a trusted site's.
            return new($"goes to {host}, not to \"{Uri.UnescapeDataString(uri.UserInfo)}\": the part before \"@\" is "
                + "a user name, which a link in a leaflet never needs and which can disguise where it goes", null);
        }

        var labels = host.Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length == 0) || labels[^1].Length < 2
            || labels[^1].All(char.IsAsciiDigit))
        {
            return new($"is not a complete web address (\"{host}\" is not a site's name, such as www.nhs.uk)", null);
        }

        return CheckResult.Valid;
    }

    private static CheckResult Mail(string rest)
    {
        var address = rest.Split('?')[0];
        var result = EmailAddress.Check(address);
        return result.IsValid
            ? CheckResult.Valid
            : new($"is not a plausible e-mail address: it {result.Problem}",
            result.Suggestion is { } s ? "mailto:" + s : null);
    }

    private static CheckResult Telephone(string rest)
    {
        var compact = new string(rest.Where(c => c is not ('-' or '.' or ' ')).ToArray());
        var digits = compact.TrimStart('+');
        return digits.Length >= 3 && digits.All(char.IsAsciiDigit) && compact.LastIndexOf('+') <= 0
            ? CheckResult.Valid
            : new("is not a phone number: write tel: and the number in digits, such as tel:+442071884714", null);
    }
}

using LeafletTool.Core.Contacts;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Contacts;

/// <summary><c>phone-format</c>: each contact's <c>phone</c> is a UK phone number (see <see cref="UkPhoneNumber"/>).
/// Numbers written in prose are not checked.</summary>
public sealed class PhoneFormatRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.PhoneFormat;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        foreach (var contact in leaflet.Contacts)
        {
            if (contact.Phone is not { } phone) continue;
            var result = UkPhoneNumber.Check(phone.Value);
            if (result.IsValid) continue;
            bag.Report(Info, phone.Start,
                $"The phone number \"{phone.Value}\" {result.Problem}"
                + (result.Suggestion is { } s ? $"; did you mean \"{s}\"?" : "."),
                result.Suggestion);
        }
    }
}

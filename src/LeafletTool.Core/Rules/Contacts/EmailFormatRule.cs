using LeafletTool.Core.Contacts;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Contacts;

/// <summary><c>email-format</c>: each contact's <c>email</c> is a plausible e-mail address (see
/// <see cref="EmailAddress"/>).</summary>
public sealed class EmailFormatRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.EmailFormat;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        foreach (var contact in leaflet.Contacts)
        {
            if (contact.Email is not { } email) continue;
            var result = EmailAddress.Check(email.Value);
            if (result.IsValid) continue;
            bag.Report(Info, email.Start,
                $"The e-mail address \"{email.Value}\" {result.Problem}"
                + (result.Suggestion is { } s ? $"; did you mean \"{s}\"?" : "."),
                result.Suggestion);
        }
    }
}

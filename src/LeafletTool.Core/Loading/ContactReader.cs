using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Loading;

/// <summary>Reads <c>contacts:</c>: each a name with a phone number, an e-mail address, or both.</summary>
internal static class ContactReader
{
    public static List<Contact> Read(YamlSequence? list, DiagnosticBag bag)
    {
        var items = list?.Items ?? [];
        var contacts = new List<Contact>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is not YamlMapping mapping)
            {
                bag.Report(RuleCatalogue.InvalidValue, item.Start,
                    "Each contact should have a \"name:\" and a \"phone:\" or \"email:\", but this one is "
                    + $"{item.KindName}.");
                continue;
            }

            var fields = new FieldSet(mapping, LeafletFields.Contact, "a contact", bag);
            var contact = new Contact(
                fields.Text("name", required: true),
                fields.Text("purpose", required: false),
                fields.Text("phone", required: false),
                fields.Text("hours", required: false),
                fields.Text("email", required: false),
                mapping.Start);
            if (!fields.Has("phone") && !fields.Has("email") && !fields.IsMisspelt("phone")
                && !fields.IsMisspelt("email"))
            {
                bag.Report(RuleCatalogue.MissingField, mapping.Start,
                    "This contact has neither \"phone:\" nor \"email:\"; give at least one so readers can get in "
                    + "touch.");
            }

            contacts.Add(contact);
        }

        return contacts;
    }
}

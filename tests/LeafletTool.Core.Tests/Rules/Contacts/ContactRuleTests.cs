using LeafletTool.Core.Rules.Contacts;

namespace LeafletTool.Core.Tests.Rules.Contacts;

public class ContactRuleTests
{
    [Fact]
    public void A_wrong_phone_number_is_reported_at_the_value()
    {
        var d = TestLeaflet.Single(new PhoneFormatRule(), TestLeaflet.With("phone:", "phone: 020 7188 471"));
        Assert.Equal((12, 12), d.At());
        Assert.Equal("The phone number \"020 7188 471\" has 10 digits; a UK number starting with 0 has 11. Check for a "
            + "missing digit.", d.Message);
        Assert.Null(d.Suggestion);
    }

    [Fact]
    public void A_phone_number_with_a_clear_fix_suggests_it()
    {
        var d = TestLeaflet.Single(new PhoneFormatRule(), TestLeaflet.With("phone:", "phone: \"020.7188.4714\""));
        Assert.Equal((12, 12), d.At());
        Assert.Equal("020 7188 4714", d.Suggestion);
        Assert.EndsWith("; did you mean \"020 7188 4714\"?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_contact_is_checked_and_good_numbers_pass()
    {
        var yaml = TestLeaflet.With("phone:",
            "phone: 020 7188 4714\n  - name: Switchboard\n    phone: 0207188 ABCD\n  - name: NHS 111\n    phone: 111");
        var d = TestLeaflet.Single(new PhoneFormatRule(), yaml);
        Assert.Equal((14, 12), d.At());
        Assert.Contains("contains letters", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Phone_numbers_in_prose_are_not_checked() =>
        Assert.Empty(
            TestLeaflet.Check(new PhoneFormatRule(),
            TestLeaflet.WithParagraph("- Call 020 7188 471 or 0800 CALL NOW.")));

    [Fact]
    public void A_wrong_email_address_is_reported_at_the_value()
    {
        var yaml = TestLeaflet.With("phone:", "phone: 020 7188 4714\n    email: pain.nurses@example.nhs.uk.");
        var d = TestLeaflet.Single(new EmailFormatRule(), yaml);
        Assert.Equal((13, 12), d.At());
        Assert.Equal("pain.nurses@example.nhs.uk", d.Suggestion);
        Assert.Equal("The e-mail address \"pain.nurses@example.nhs.uk.\" ends with a full stop; did you mean "
            + "\"pain.nurses@example.nhs.uk\"?", d.Message);
    }

    [Fact]
    public void An_email_address_with_no_fix_ends_with_a_full_stop()
    {
        var yaml = TestLeaflet.With("phone:", "email: the pain team");
        var d = TestLeaflet.Single(new EmailFormatRule(), yaml);
        Assert.Equal((12, 12), d.At());
        Assert.Equal("The e-mail address \"the pain team\" contains a space.", d.Message);
    }

    [Fact]
    public void A_plausible_email_address_passes() =>
        Assert.Empty(
            TestLeaflet.Check(new EmailFormatRule(), TestLeaflet.With("phone:", "email: pain.nurses@example.nhs.uk")));
}

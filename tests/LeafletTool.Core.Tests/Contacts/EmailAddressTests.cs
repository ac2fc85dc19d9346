using LeafletTool.Core.Contacts;

namespace LeafletTool.Core.Tests.Contacts;

public class EmailAddressTests
{
    [Theory]
    [InlineData("pain.nurses@example.nhs.uk")]
    [InlineData("someone@nhs.net")]
    [InlineData("o'brien+clinic@gstt.nhs.uk")]
    [InlineData("info@hospital.org")]
    public void Plausible_addresses_pass(string address)
        => Assert.True(EmailAddress.IsValid(address), EmailAddress.Check(address).Problem);

    [Theory]
    [InlineData("pain.nurses.example.nhs.uk", "has no @", null)]
    [InlineData("pain@nurses@example.nhs.uk", "has more than one @", null)]
    [InlineData("@example.nhs.uk", "has nothing before the @", null)]
    [InlineData("pain@", "has nothing after the @", null)]
    [InlineData("pain.nurses@example.nhs.uk.", "ends with a full stop", "pain.nurses@example.nhs.uk")]
    [InlineData("pain nurses@example.nhs.uk", "contains a space", "painnurses@example.nhs.uk")]
    [InlineData("mailto:pain@example.nhs.uk", "starts with \"mailto:\"; write just the address", "pain@example.nhs.uk")]
    [InlineData("pain@example,nhs.uk",
        "has a character that cannot be used in the domain after the @ (\"example,nhs.uk\")", "pain@example.nhs.uk")]
    [InlineData("pain..nurses@example.nhs.uk", "has two full stops in a row", null)]
    [InlineData("pain@nhs", "has no full domain after the @ (\"nhs\" should be like example.nhs.uk)", null)]
    [InlineData("pain@example.nsh.uk", "looks like a slip for nhs.uk", "pain@example.nhs.uk")]
    [InlineData("pain@example.nhs.ku", "looks like a slip for nhs.uk", "pain@example.nhs.uk")]
    [InlineData("pain@nhs.ent", "looks like a slip for nhs.net", "pain@nhs.net")]
    [InlineData("Pain nurses <pain@example.nhs.uk>", "contains a space", "pain@example.nhs.uk")]
    [InlineData("pain(at)example.nhs.uk", "has no @", null)]
    public void Implausible_addresses_say_what_is_wrong(string address, string problem, string? suggestion)
    {
        var result = EmailAddress.Check(address);
        Assert.Equal(problem, result.Problem);
        Assert.Equal(suggestion, result.Suggestion);
    }
}

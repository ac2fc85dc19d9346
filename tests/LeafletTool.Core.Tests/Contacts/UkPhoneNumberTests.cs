using LeafletTool.Core.Contacts;

namespace LeafletTool.Core.Tests.Contacts;

public class UkPhoneNumberTests
{
    [Theory]
    [InlineData("020 7188 4714")]
    [InlineData("02071884714")]
    [InlineData("01632 960 001")]
    [InlineData("07700 900 123")]
    [InlineData("0300 123 4567")]
    [InlineData("0800 123 456")]
    [InlineData("+44 20 7188 4714")]
    [InlineData("+442071884714")]
    [InlineData("+44 (0)20 7188 4714")]
    [InlineData("+44 (0) 20 7188 4714")]
    [InlineData("(01482) 622046")] // the area code in brackets, as many trusts write it
    [InlineData("(020) 7188 4714")]
    [InlineData("01482-622046")]
    [InlineData("020-7188-4714")]
    [InlineData("111")]
    [InlineData("999")]
    [InlineData("116 123")]
    [InlineData("116123")]
    [InlineData("18001 020 7188 4714")]
    [InlineData("18001 111")]
    [InlineData("020 7188 7188 extension 1234")]
    [InlineData("020 7188 7188, ext. 1234")]
    public void Uk_numbers_pass(string number)
        => Assert.True(UkPhoneNumber.IsValid(number), UkPhoneNumber.Check(number).Problem);

    [Theory]
    [InlineData("020 7188 471", "has 10 digits; a UK number starting with 0 has 11. Check for a missing digit", null)]
    [InlineData("020 7188 47145", "has 12 digits; a UK number starting with 0 has 11. Check for an extra digit", null)]
    [InlineData("+44 20 7188 471", "has 9 digits after +44; a UK number has 10 after +44. Check for a missing digit",
        null)]
    [InlineData("+44 020 7188 4714", "has a 0 after +44; leave it out (the 0 is only dialled from inside the UK)",
        "+44 20 7188 4714")]
    [InlineData("0044 20 7188 4714", "starts with 0044; write +44 instead", "+44 20 7188 4714")]
    [InlineData("+33 1 23 45 67 89", "is not a UK number: a UK number starts with 0 or +44", null)]
    [InlineData("7188 4714",
        "has no area code: a UK number starts with 0 (such as 020 7188 4714), or is a service number such as 111",
        null)]
    [InlineData("020 PAIN 4714", "contains letters; write the number in digits only, such as 020 7188 4714", null)]
    [InlineData("O20 7188 4714", "has a letter (O, I or l) where a digit belongs", "020 7188 4714")]
    [InlineData("020-7188-471", "has 10 digits; a UK number starting with 0 has 11. Check for a missing digit", null)]
    [InlineData("(01482) 62204", "has 10 digits; a UK number starting with 0 has 11. Check for a missing digit", null)]
    [InlineData("01609 763787 or 01609 763788", "gives two numbers, \"01609 763787\" and \"01609 763788\"; give each "
        + "number its own contact, with a name or purpose that says when to call it", null)]
    [InlineData("(01609) 763787 / 01609-763788", "gives two numbers, \"(01609) 763787\" and \"01609-763788\"; give "
        + "each number its own contact, with a name or purpose that says when to call it", null)]
    [InlineData("020.7188.4714", "has full stops in it; separate the groups of digits with spaces only",
        "020 7188 4714")]
    [InlineData("1234",
        "has no area code: a UK number starts with 0 (such as 020 7188 4714), or is a service number such as 111",
        null)]
    public void Other_numbers_say_what_is_wrong(string number, string problem, string? suggestion)
    {
        var result = UkPhoneNumber.Check(number);
        Assert.Equal(problem, result.Problem);
        Assert.Equal(suggestion, result.Suggestion);
    }

    [Fact]
    public void A_fix_keeps_the_extension_and_relay_prefix()
    {
        Assert.Equal("18001 020 7188 4714 ext 12", UkPhoneNumber.Check("18001 020.7188.4714 ext 12").Suggestion);
    }
}

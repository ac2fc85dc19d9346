using LeafletTool.Core.Markup;
using LeafletTool.Core.Rendering.Inline;

namespace LeafletTool.Core.Tests.Rendering;

public class PhoneNumbersTests
{
    [Theory]
    [InlineData("Phone 020 7188 4714 today", "020 7188 4714", "tel:+442071884714")]
    [InlineData("Phone 02071884714.", "02071884714", "tel:+442071884714")]
    [InlineData("Mobile 07700 900123", "07700 900123", "tel:+447700900123")]
    [InlineData("From abroad +44 20 7188 4714", "+44 20 7188 4714", "tel:+442071884714")]
    [InlineData("From abroad +44 (0)20 7188 4714", "+44 (0)20 7188 4714", "tel:+442071884714")]
    [InlineData("Call NHS 111 for advice", "111", "tel:111")]
    [InlineData("In an emergency, call 999.", "999", "tel:999")]
    [InlineData("Ring 116 123 to talk", "116 123", "tel:116123")]
    public void Finds_uk_numbers(string text, string number, string href)
    {
        var phone = Assert.Single(PhoneNumbers.Split(text).OfType<PhoneRun>());
        Assert.Equal(number, phone.Number);
        Assert.Equal(href, phone.Href);
        Assert.Equal(text,
            string.Concat(PhoneNumbers.Split(text).Select(n => n is PhoneRun p ? p.Number : ((TextRun)n).Text)));
    }

    [Theory]
    [InlineData("This can last 2 to 3 weeks.")]
    [InlineData("Go to room 111 on floor 2.")]
    [InlineData("Resource number 5373/VER1")]
    [InlineData("A 12-digit 020718847145 is not a number.")]
    [InlineData("Only 9 digits: 020 7188 471")]
    [InlineData("In 2023 06 we started")]
    public void Leaves_other_numbers_alone(string text)
    {
        Assert.Empty(PhoneNumbers.Split(text).OfType<PhoneRun>());
    }
}

using System.Buffers;
using System.Text;
using LeafletTool.Core.Rendering.Inline;
using LeafletTool.Core.Rendering.PlainText;

namespace LeafletTool.Core.Tests.Rendering;

/// <summary>
/// The text page laid out straight into bytes from the rendered characters is the UTF-8 of the laid-out string,
/// whatever the line endings; and the quick digit count agrees with counting every digit.
/// </summary>
public class TextLayoutUtf8Tests
{
    public static TheoryData<string> Pages() => new()
    {
        "Title\r\n===\r\n\r\n\r\nA paragraph. " + string.Concat(Enumerable.Repeat("word ", 40)) + "\r\n",
        "- " + string.Concat(Enumerable.Repeat("a café naïve x\u0301 ", 12)) + "\n1. " + new string('x', 200) + "\n",
        "Ends with a return\r",
        "   \r\n\n",
        "Surrogates \ud83d\ude00 " + string.Concat(Enumerable.Repeat("\ud83d\ude00 ", 50)) + "lone \ud800 end\n---",
        "See https://www.nhs.uk/" + new string('a', 120) + " and (www.example.org/" + new string('b', 90) + ")",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Bytes_are_the_UTF8_of_the_laid_out_text(string page)
    {
        var buffers = new LayoutBuffers();
        var expected = new UTF8Encoding(false).GetBytes(TextWrapper.Layout(page.Replace("\r\n", "\n"), 80));
        for (var round = 0; round < 2; round++)
        {
            var bytes = new ArrayBufferWriter<byte>();
            TextWrapper.LayoutUtf8(page, 80, buffers, bytes);
            Assert.Equal(expected, bytes.WrittenSpan.ToArray());
        }
    }

    [Theory]
    [InlineData("no digits here")]
    [InlineData("room 12")]
    [InlineData("room 123")]
    [InlineData("1 2 3")]
    [InlineData("12 and \u0661")]
    [InlineData("1 and \u0661\u0662")]
    [InlineData("\u0661\u0662\u0663")]
    [InlineData("café 12")]
    [InlineData("")]
    public void May_have_a_number_when_three_digits_of_any_script_and_one_ASCII(string text)
    {
        var expected = text.Any(char.IsAsciiDigit) && text.Count(char.IsDigit) >= 3;
        Assert.Equal(expected, PhoneNumbers.MayHaveNumber(text));
    }
}

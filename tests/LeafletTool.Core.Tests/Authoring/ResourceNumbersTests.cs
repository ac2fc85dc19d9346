using LeafletTool.Core.Authoring;

namespace LeafletTool.Core.Tests.Authoring;

public class ResourceNumbersTests
{
    [Theory]
    [InlineData(new[] { "5373/VER1" }, "5374/VER1")]
    [InlineData(new[] { "5373/VER2", "5401/VER3", "0099/VER1" }, "5402/VER1")]
    [InlineData(new[] { "0099/VER1" }, "0100/VER1")]
    [InlineData(new[] { "PIL-042 version 3" }, "PIL-043 version 1")]
    [InlineData(new[] { "no digits" }, ResourceNumbers.First)]
    [InlineData(new string[0], ResourceNumbers.First)]
    public void The_next_number_is_the_highest_plus_one_as_version_1(string[] existing, string expected) =>
        Assert.Equal(expected, ResourceNumbers.Next(existing));
}

using LeafletTool.Core.ChangeControl;

namespace LeafletTool.Core.Tests.ChangeControl;

public class ResourceVersionTests
{
    [Theory]
    [InlineData("5373/VER1", 1, "5373/VER#")]
    [InlineData("5373/VER12", 12, "5373/VER#")]
    [InlineData("5373/ver3", 3, "5373/ver#")]
    public void The_version_is_the_number_after_VER(string value, int version, string @base)
    {
        var parsed = ResourceVersion.Parse(value, null);
        Assert.Equal(version, (int)parsed.Version!.Value);
        Assert.Equal(@base, parsed.Base);
    }

    [Fact]
    public void A_trust_pattern_names_its_version_with_a_capture_group()
    {
        const string pattern = @"^PIL-(?<number>\d+)-v(?<version>\d+)$";
        var parsed = ResourceVersion.Parse("PIL-0042-v7", pattern);
        Assert.Equal(7, (int)parsed.Version!.Value);
        Assert.Equal("PIL-0042-v#", parsed.Base);
        Assert.Equal("PIL-0042-v8", parsed.Bumped(ResourceVersion.Parse("PIL-0042-v7", pattern)));
    }

    [Theory]
    [InlineData("5373/VER1", "5373/VER2", true)]
    [InlineData("5373/VER2", "5373/VER10", true)]
    [InlineData("5373/VER2", "5373/VER2", false)]
    [InlineData("5373/VER3", "5373/VER2", false)]
    [InlineData("LEAFLET-A", "LEAFLET-A", false)]
    [InlineData("LEAFLET-A", "LEAFLET-B", true)]
    public void Later_means_a_higher_number(string old, string next, bool later)
    {
        Assert.Equal(later, ResourceVersion.Parse(next, null).IsLaterThan(ResourceVersion.Parse(old, null)));
    }

    [Fact]
    public void The_bumped_number_keeps_the_rest()
    {
        var old = ResourceVersion.Parse("5373/VER9", null);
        Assert.Equal("5373/VER10", ResourceVersion.Parse("5373/VER9", null).Bumped(old));
        Assert.Null(ResourceVersion.Parse("LEAFLET-A", null).Bumped(old));
    }
}

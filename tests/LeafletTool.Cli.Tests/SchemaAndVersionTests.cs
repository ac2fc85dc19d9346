using LeafletTool.Core.Schema;

namespace LeafletTool.Cli.Tests;

public class SchemaAndVersionTests
{
    [Fact]
    public void Schema_prints_the_schema()
    {
        var result = CliRunner.Run(Repository.Root(), "schema");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(LeafletSchema.Json, result.Out);
    }

    [Fact]
    public void Schema_out_writes_the_file()
    {
        var root = Directory.CreateTempSubdirectory("leaflet-schema-").FullName;
        var result = CliRunner.Run(root, "schema", "--out", "leaflets/leaflet.schema.json");
        Assert.Equal("", result.Out);
        Assert.Equal("Wrote the leaflet schema to leaflets/leaflet.schema.json.\n", result.Error);
        Assert.Equal(LeafletSchema.Json, File.ReadAllText(Path.Combine(root, "leaflets", "leaflet.schema.json")));
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        var result = CliRunner.Run(Repository.Root(), "--version");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var expected = typeof(LeafletCli).Assembly.GetName().Version!.ToString(3);
        Assert.Equal(expected + "\n", result.Out);
        Assert.Matches(@"^\d+\.\d+\.\d+\n$", result.Out);
    }

    [Fact]
    public void The_real_leaflets_start_with_the_schema_line()
    {
        foreach (var file
            in Directory.GetFiles(Path.Combine(Repository.SeedRoot(), "leaflets"), "*.yaml")
            .Where(f => !f.EndsWith("leaflettool.yaml", StringComparison.Ordinal)))
        {
            Assert.StartsWith(LeafletSchema.ModelineForSameFolder + "\n", File.ReadAllText(file),
                StringComparison.Ordinal);
        }
    }
}

using System.Net;
using LeafletTool.Cli.Serve;

namespace LeafletTool.Cli.Tests.Serve;

/// <summary>Issue 17: <c>leaflet serve</c>, the live preview, served in-process on a free port.</summary>
public sealed class ServeTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private PreviewHost Host(string yaml)
    {
        folder.Write("leaflets/wound-care.yaml", yaml);
        return new PreviewHost(folder);
    }

    [Fact]
    public void A_leaflet_page_is_the_built_page_with_its_findings_panel_and_a_problem_count()
    {
        using var host = Host(ValidLeaflet.Yaml.Replace("Keep the dressing dry", "Keep the dresing dry",
            StringComparison.Ordinal));

        var page = host.Get("wound-care.html");

        Assert.Contains("<title>1 problem \u2014 Caring for your wound", page, StringComparison.Ordinal);
        Assert.Contains("id=\"preview-panel\"", page, StringComparison.Ordinal);
        Assert.Contains("spelling at line 9, column 18", page, StringComparison.Ordinal);
        Assert.Contains("data-words=\"dresing\"", page, StringComparison.Ordinal);
        Assert.Contains("Whole leaflet: SMOG ", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Keeping your wound clean</th>", page, StringComparison.Ordinal);
        Assert.Contains("Caring for your wound", host.Get("wound-care.print.html"), StringComparison.Ordinal);
        Assert.Contains("Caring for your wound", host.Get("large/wound-care.print.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("preview-panel", host.Get("wound-care.txt"), StringComparison.Ordinal);
        Assert.Contains("wound-care</a>: built, 1 problem", host.Get("/"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_change_shows_without_a_restart_and_a_broken_file_shows_its_errors_until_fixed()
    {
        using var host = Host(ValidLeaflet.Yaml);
        Assert.Contains("Caring for your wound", host.Get("wound-care.html"), StringComparison.Ordinal);

        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml.Replace("Caring for your wound",
            "Looking after your wound", StringComparison.Ordinal));
        host.WaitFor("wound-care.html", p => p.Contains("Looking after your wound", StringComparison.Ordinal));

        folder.Write("leaflets/wound-care.yaml", "title: [broken\n");
        var broken = host.WaitFor("wound-care.html", p => p.Contains("is not built", StringComparison.Ordinal));
        Assert.Contains("yaml-syntax at line 2, column 1", broken, StringComparison.Ordinal);

        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        host.WaitFor("wound-care.html", p => p.Contains("Caring for your wound", StringComparison.Ordinal)
            && !p.Contains("is not built", StringComparison.Ordinal));
        File.Delete(Path.Combine(folder.Path, "leaflets", "wound-care.yaml"));
        host.WaitFor("/", p => !p.Contains("wound-care</a>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_error_is_shown_with_its_place_and_the_pages_come_back_when_it_is_fixed()
    {
        var templates = Path.Combine(folder.Path, "templates");
        CopyFolder(Path.Combine(Repository.Root(), "templates"), templates);
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        using var host = new PreviewHost(folder, templates);
        var leafletTemplate = Path.Combine(templates, "html", "leaflet.html");
        var good = File.ReadAllText(leafletTemplate);

        File.WriteAllText(leafletTemplate, good + "{{ if }}");
        var page = host.WaitFor("wound-care.html", p => p.Contains("Template error", StringComparison.Ordinal));
        Assert.Matches(@"leaflet\.html[:(]\d+", page);

        File.WriteAllText(leafletTemplate, good);
        host.WaitFor("wound-care.html", p => p.Contains("Caring for your wound", StringComparison.Ordinal)
            && !p.Contains("Template error", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../leaflets/wound-care.yaml")]
    [InlineData("%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("leaflets/wound-care.yaml")]
    [InlineData("wound-care.yaml")]
    [InlineData("/etc/passwd")]
    public async Task No_address_reads_a_file(string path)
    {
        using var host = Host(ValidLeaflet.Yaml);

        var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void A_request_for_another_host_name_is_refused()
    {
        using var host = Host(ValidLeaflet.Yaml);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "attacker.example";

        var response = host.Send(request);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(PreviewServer.IsLocalHost("attacker.example:5005"));
        Assert.True(PreviewServer.IsLocalHost("localhost:5005"));
        Assert.True(PreviewServer.IsLocalHost("[::1]:5005"));
    }

    [Fact]
    public async Task Pages_carry_a_policy_that_allows_only_their_own_script()
    {
        using var host = Host(ValidLeaflet.Yaml);

        var response = await host.Client.GetAsync("wound-care.html");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var page = await response.Content.ReadAsStringAsync();

        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<script nonce=\"{nonce}\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline' 'nonce", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_is_one_line_and_exit_2()
    {
        using var blocker = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var port = ((IPEndPoint)blocker.LocalEndpoint).Port;
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);

        var result = CliRunner.Run(folder.Path, "serve", "leaflets", "--port", port.ToString(
            System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"port {port} is in use", result.Error, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

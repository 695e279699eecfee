using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Interactive.Directives;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Interactive.Tests;

/// <summary>Whatever a cell is given, what it shows stays short: at most 100 diagnostics in full, user input quoted
/// shortened, and an unforeseen failure as one line.</summary>
public sealed class BoundedOutputTests(SeedKernel seed) : IClassFixture<SeedKernel>
{
    private readonly PaperKernel _kernel = seed.Kernel;

    private static readonly SourceDiagnostic[] ManyDiagnostics = Enumerable.Range(1, 5000)
        .Select(i => new SourceDiagnostic(i % 2 == 0 ? "PN001" : "PN003", DiagnosticSeverity.Error, "big.txt", i, $"problem {i}"))
        .ToArray();

    [Fact]
    public void The_diagnostics_view_shows_at_most_100_rows_and_counts_the_rest_per_code()
    {
        var list = new DiagnosticList(ManyDiagnostics, [new DiagnosticCount("PN001", DiagnosticSeverity.Error, 995_000)]);

        string text = list.ToDisplayString(PlainTextFormatter.MimeType);
        string html = list.ToDisplayString(HtmlFormatter.MimeType);

        Assert.StartsWith("1,000,000 errors:", text);
        Assert.Equal(100, text.Split('\n').Count(l => l.StartsWith("  line ", StringComparison.Ordinal)));
        Assert.Contains("997,450 more PN001 errors not shown", text);
        Assert.Contains("2,450 more PN003 errors not shown", text);
        Assert.Equal(100, html.Split("<tr").Length - 1);
        Assert.Contains("997,450 more PN001 errors not shown", html);
    }

    [Fact]
    public async Task A_listing_of_only_meta_lines_shows_a_bounded_summary_and_fails_with_one_line()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("paper-meta").FullName, "meta.txt");
        File.WriteAllLines(path, Enumerable.Repeat("LGJan 5, 2024", 20_000));

        var result = await _kernel.SubmitAsync($"#!paper load \"{path}\" --name meta");

        string text = PaperKernel.Text(result);
        Assert.Contains("errors", text);
        Assert.True(text.Split('\n').Length < 130, $"{text.Split('\n').Length} lines of output");
        Assert.Contains("not shown", text);
        string failure = result.Events.OfType<Microsoft.DotNet.Interactive.Events.CommandFailed>().Single().Message;
        Assert.Equal($"No papers could be read from '{path}'; see the diagnostics above.", failure);
    }

    [Fact]
    public async Task An_unknown_similar_id_of_100_KB_is_quoted_shortened()
    {
        string id = new('x', 100_000);

        string error = await _kernel.FailAsync($"#!paper similar {id}");

        Assert.StartsWith("No paper in papers has the id 'xxxx", error);
        Assert.Contains("characters)", error);
        Assert.True(error.Length < 200, $"{error.Length} characters");
    }

    [Fact]
    public async Task A_long_query_is_quoted_shortened_in_the_heading_of_its_results()
    {
        string query = "deepspeed OR " + string.Join(" OR ", Enumerable.Range(0, 60).Select(i => "word" + i));

        var result = await _kernel.RunAsync($"#!paper search {query}");

        string heading = PaperKernel.Text(result).Split('\n')[0];
        Assert.StartsWith("Search 'deepspeed OR word0", heading);
        Assert.True(heading.Length < 200, $"a heading of {heading.Length} characters");
    }

    [Fact]
    public void An_unforeseen_exception_becomes_one_line_that_names_the_subcommand_and_says_it_is_a_bug()
    {
        var e = new ArgumentNullException("path", "Value cannot be null.\n   at Somewhere.Deep()\n   at Elsewhere()");

        string message = PaperDirective.FailureMessage("export", e);

        Assert.StartsWith("'#!paper export' failed: ArgumentNullException: Value cannot be null.", message);
        Assert.Contains("this is a bug in PaperNotebooks", message);
        Assert.DoesNotContain("\n", message);
        Assert.DoesNotContain("   at ", message);
    }
}

using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace PaperNotebooks.Interactive.Tests;

public sealed class CompletionTests(SeedKernel seed) : IClassFixture<SeedKernel>
{
    private readonly PaperKernel _kernel = seed.Kernel;

    [Fact]
    public async Task Subcommands_are_offered_after_the_directive()
    {
        var completions = await CompletionsAt("#!paper ");

        Assert.Subset(completions.Select(c => c.DisplayText).ToHashSet(), new HashSet<string> { "load", "list", "show", "stats", "timeline", "topics", "authors", "export", "help" });
    }

    [Theory]
    [InlineData("#!paper list ", new[] { "--from", "--category", "--year", "--author", "--has-code", "--sort", "--desc", "--top" })]
    [InlineData("#!paper load ", new[] { "--path", "--name", "--as-of" })]
    [InlineData("#!paper export ", new[] { "--to", "--out", "--force", "--category" })]
    [InlineData("#!paper stats ", new[] { "--from" })]
    [InlineData("#!paper timeline ", new[] { "--by", "--stack", "--from", "--category", "--year", "--author", "--has-code" })]
    [InlineData("#!paper topics ", new[] { "--chart", "--from", "--category" })]
    [InlineData("#!paper authors ", new[] { "--top", "--network", "--from", "--year" })]
    public async Task Parameter_names_are_offered_after_a_subcommand(string code, string[] expected)
    {
        var names = (await CompletionsAt(code)).Select(c => c.DisplayText).ToHashSet();

        Assert.Subset(names, expected.ToHashSet());
    }

    [Theory]
    [InlineData("#!paper list --category ", "cs.LG")]
    [InlineData("#!paper list --category ", "stat.ML")]
    [InlineData("#!paper list --year ", "2021")]
    [InlineData("#!paper export --year ", "2026")]
    [InlineData("#!paper list --author ", "Masahiro Tanaka")]
    [InlineData("#!paper show ", "tanaka2021automatic")]
    [InlineData("#!paper show --paper ", "liu2024grin")]
    [InlineData("#!paper list --from ", "papers")]
    [InlineData("#!paper list --sort ", "authors")]
    [InlineData("#!paper export --to ", "bibtex")]
    [InlineData("#!paper help ", "export")]
    [InlineData("#!paper help ", "timeline")]
    [InlineData("#!paper timeline --category ", "cs.CL")]
    [InlineData("#!paper authors --year ", "2024")]
    [InlineData("#!paper list --category cs.", "cs.CL")]
    [InlineData("#!paper list --has-code --author Tan", "Masahiro Tanaka")]
    public async Task Values_are_offered_from_the_loaded_papers(string code, string expected)
    {
        var completions = await CompletionsAt(code);

        Assert.Contains(expected, completions.Select(c => c.DisplayText));
    }

    [Theory]
    [InlineData("#!paper timeline --by ", new[] { "year", "month" })]
    [InlineData("#!paper timeline --stack ", new[] { "category", "code", "none" })]
    [InlineData("#!paper topics --chart ", new[] { "bar", "pie", "treemap" })]
    [InlineData("#!paper timeline --stack code --by ", new[] { "year", "month" })]
    public async Task The_values_of_chart_options_are_offered(string code, string[] expected)
    {
        var values = (await CompletionsAt(code)).Where(c => c.Kind == "Parameter").Select(c => c.DisplayText).ToHashSet();

        Assert.Subset(values, expected.ToHashSet());
    }

    [Fact]
    public async Task An_author_with_spaces_is_inserted_quoted_and_offered_once_whatever_the_accents()
    {
        var authors = await CompletionsAt("#!paper list --author ");

        var jacobs = Assert.Single(authors, c => c.DisplayText.Replace('é', 'e') == "Sam Ade Jacobs");
        Assert.Equal($"\"{jacobs.DisplayText}\"", jacobs.InsertText);
    }

    private async Task<IReadOnlyList<CompletionItem>> CompletionsAt(string code)
    {
        var result = await _kernel.Kernel.SendAsync(new RequestCompletions(code, new LinePosition(0, code.Length)));
        return result.Events.OfType<CompletionsProduced>().SelectMany(e => e.Completions).ToList();
    }
}

using System.CommandLine;
using System.CommandLine.Help;
using PaperNotebooks.Cli.Commands;
using PaperNotebooks.Tests;
using static PaperNotebooks.Cli.Tests.Papernb;

namespace PaperNotebooks.Cli.Tests;

/// <summary>
/// Every option of every command, found by walking papernb's command tree, is fed values it must refuse: each gives
/// exit code 2 and one line that names the option, never a stack trace. A new option or command fails this test
/// until its refusable values (or its required arguments) are listed here.
/// </summary>
public sealed class OptionValidationTests : IDisposable
{
    private static readonly string Long = new('9', 100_000);

    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_option_of_every_command_refuses_bad_values_with_one_line_naming_it_and_exit_code_two()
    {
        var root = PapernbApp.CreateRoot(new CommandIO(TextWriter.Null, TextWriter.Null, () => Stream.Null));
        var checkedOptions = new List<string>();
        foreach (var command in root.Subcommands)
        {
            foreach (var option in command.Options.Where(o => o is not HelpOption and not VersionOption))
            {
                foreach (string value in BadValues(option))
                {
                    string[] args = [command.Name, .. RequiredArguments(command, option), $"{option.Name}={value}"];
                    var (exitCode, _, stderr) = Run(args);

                    string shown = $"papernb {command.Name} {option.Name}={Text.Excerpt.Of(value)}";
                    Assert.True(exitCode == 2, $"{shown} exited {exitCode}: {stderr}");
                    var lines = Lines(stderr).Where(l => l != "Try 'papernb --help'.").ToList();
                    Assert.True(lines.Count == 1, $"{shown} wrote {lines.Count} lines: {stderr}");
                    // A flag takes no value, so System.CommandLine reports the value itself as the stray argument.
                    string named = option.ValueType == typeof(bool) ? value : option.Name;
                    Assert.True(lines[0].Contains(named, StringComparison.Ordinal), $"{shown} does not name {named}: {lines[0]}");
                    Assert.True(lines[0].Length < 400, $"{shown} wrote a line of {lines[0].Length} characters");
                    Assert.DoesNotContain("   at ", stderr);
                }
                checkedOptions.Add($"{command.Name} {option.Name}");
            }
        }
        Assert.Contains("stats --top", checkedOptions);
        Assert.Contains("run --cell-timeout", checkedOptions);
        Assert.Contains("share --format", checkedOptions);
        Assert.Contains("topics --k", checkedOptions);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public void Stats_top_that_is_not_a_whole_number_is_a_usage_error_not_a_crash(string top)
    {
        var (exitCode, _, stderr) = Run("stats", TestFiles.Seed, "--top", top);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"papernb: --top must be a whole number from 1 to 1,000,000, not '{top}'.", stderr);
    }

    private IEnumerable<string> BadValues(Option option)
    {
        string existing = _folder.Write("existing.json", "[]");
        string aFile = _folder.Write("a-file", "");
        return option.HelpName switch
        {
            "n" or "seconds" => ["abc", "1.5", "99999999999", "0", "-1", "", Long],
            "YYYY-MM-DD" => ["abc", "0001-01-01", "2026-02-30", "", Long],
            "json|csv|bibtex|markdown" => ["yaml", "", Long],
            "json|csv|arxiv-snapshot|openalex|bibtex|arxiv-atom|listing" => ["xlsx", "markdown", "", Long],
            "ipynb,html,pdf" => ["png", "ipynb,", "ipynb,docx", "", Long],
            "csv|json" => ["xml", "bibtex", "", Long],
            "semantic|nmf" => ["lda", "", Long],
            "N|auto" => ["abc", "1", "101", "1.5", "-3", "", Long],
            "seed" => ["abc", "1.5", "-1", "99999999999", "", Long],
            "file" => ["", Long, _folder.Path, TestFiles.Seed, existing, "/proc/no-such-folder/papers.json"],
            "dir" => ["", Long, "/proc", aFile],
            null when option.ValueType == typeof(bool) => ["abc", "2"],
            _ => throw new Xunit.Sdk.XunitException($"{option.Name} ({option.HelpName}): list the values it must refuse in {nameof(BadValues)}"),
        };
    }

    private string[] RequiredArguments(Command command, Option tested) => command.Name switch
    {
        "parse" or "stats" => [TestFiles.Seed],
        "run" when tested.Name == "--out" => [Notebook()],
        "run" => [Notebook(), "--out", Path.Combine(_folder.Path, "executed")],
        "share" when tested.Name == "--out" => [Notebook()],
        "share" => [Notebook(), "--out", Path.Combine(_folder.Path, "shared")],
        "topics" when tested.Name == "--to" => [TestFiles.Seed, "--model", "nmf"],
        "topics" when tested.Name == "--model" => [TestFiles.Seed, "--to", "csv"],
        "topics" => [TestFiles.Seed, "--model", "nmf", "--to", "csv"],
        _ => throw new Xunit.Sdk.XunitException($"papernb {command.Name}: list valid arguments for it in {nameof(RequiredArguments)}"),
    };

    private string Notebook() => TestNotebook.Write(_folder.Path, "markdown.ipynb", TestNotebook.MarkdownOnly());
}

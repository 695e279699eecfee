using System.Diagnostics;
using System.Text;

namespace PaperNotebooks.Cli.Tests;

/// <summary>papernb driven in-process, as a user would call it, with what it printed.</summary>
internal static class Papernb
{
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => RunWithInput(null, args);

    public static (int ExitCode, string Stdout, string Stderr) RunWithInput(string? stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Func<Stream>? input = stdin is null ? null : () => new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        int exitCode = PapernbApp.Run(args, stdout, stderr, input);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A JSON export's papers with their <c>source</c> taken out, and the sources, to compare reads of one content by different names.</summary>
    public static (string Json, IReadOnlyList<string?> Sources) WithoutSources(string json)
    {
        var papers = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsArray();
        var sources = new List<string?>();
        foreach (var paper in papers)
        {
            sources.Add((string?)paper!["source"]);
            paper.AsObject().Remove("source");
        }
        return (papers.ToJsonString(), sources);
    }

    /// <summary>How to start papernb as its own process (stderr redirected), for tests that kill it.</summary>
    public static ProcessStartInfo OutOfProcess(params string[] args)
    {
        string host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "papernb.dll"));
        foreach (string arg in args) start.ArgumentList.Add(arg);
        return start;
    }

    /// <summary>The lines of <paramref name="text"/>, without the final empty one.</summary>
    public static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}

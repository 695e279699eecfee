using System.Text;
using System.Text.Json.Nodes;

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

    /// <summary>The lines of <paramref name="text"/>, without the final empty one.</summary>
    public static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>nbformat 4 notebooks for tests: code cells from source text, then changed as JSON where a test needs it.</summary>
internal static class TestNotebook
{
    public static JsonObject Of(params string[] codeCells) => new()
    {
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
        ["metadata"] = new JsonObject(),
        ["cells"] = new JsonArray([.. codeCells.Select(source => (JsonNode)new JsonObject
        {
            ["cell_type"] = "code",
            ["source"] = source,
            ["metadata"] = new JsonObject(),
            ["outputs"] = new JsonArray(),
            ["execution_count"] = null,
        })]),
    };

    /// <summary>A notebook with one Markdown cell and no code: it runs without starting a kernel.</summary>
    public static JsonObject MarkdownOnly(string text = "# Nothing to run") => new()
    {
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
        ["metadata"] = new JsonObject(),
        ["cells"] = new JsonArray(new JsonObject { ["cell_type"] = "markdown", ["source"] = text, ["metadata"] = new JsonObject() }),
    };

    public static string Write(string folder, string name, JsonNode notebook)
    {
        string path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, notebook.ToJsonString(new System.Text.Json.JsonSerializerOptions { MaxDepth = 2048 }));
        return path;
    }
}

/// <summary>The checkout the tests were built from: the folder above the test binaries that holds PaperNotebooks.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PaperNotebooks.sln"))) return folder.FullName;
        }
        throw new DirectoryNotFoundException($"no PaperNotebooks.sln above {AppContext.BaseDirectory}");
    }
}

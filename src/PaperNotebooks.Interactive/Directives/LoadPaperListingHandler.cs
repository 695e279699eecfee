using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive;
using PaperNotebooks.Analytics;
using PaperNotebooks.DataFrames;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Listing;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Reads a listing, remembers it, defines <c>&lt;var&gt;</c> and <c>&lt;var&gt;Frame</c> in C#, and reports.</summary>
internal sealed partial class LoadPaperListingHandler(PaperSession session)
{
    public const string DefaultName = "papers";

    /// <summary>The seed listing shipped next to this assembly (in lib/ of the package).</summary>
    public static string SeedPath { get; } = Path.Combine(AssemblyFolder(), "seeds", "000_4bb47f8579d701ca.txt");

    private static string AssemblyFolder() =>
        typeof(LoadPaperListingHandler).Assembly.Location is { Length: > 0 } location
            ? Path.GetDirectoryName(location)!
            : AppContext.BaseDirectory;

    public async Task HandleAsync(LoadPaperListing command, KernelInvocationContext context)
    {
        DirectiveLine.Of(command)?.Check(PaperGrammar.Load);

        string name = string.IsNullOrWhiteSpace(command.Name) ? DefaultName : command.Name.Trim();
        if (!Identifier().IsMatch(name))
        {
            throw new PaperCommandException($"--name takes a C# variable name such as papers or ml2024, not '{name}'.");
        }
        var options = new ListingReadOptions { AsOf = command.AsOf is null ? null : ParseAsOf(command.AsOf) };

        string path = string.IsNullOrWhiteSpace(command.Path) ? SeedPath : session.ResolvePath(command.Path.Trim());
        if (!File.Exists(path))
        {
            throw new PaperCommandException(Directory.Exists(path)
                ? $"'{path}' is a folder; give the listing file in it."
                : command.Path is null
                    ? $"The bundled seed listing is missing from '{path}'; reinstall PaperNotebooks.Interactive."
                    : $"No listing at '{path}'.");
        }

        var result = PaperListingReader.ReadFile(path, options);
        var papers = result.Papers;
        if (papers.Count == 0 && result.HasErrors)
        {
            context.Display(new DiagnosticList(result.Diagnostics));
            throw new PaperCommandException($"No papers could be read from '{path}'; see the diagnostics above.");
        }

        session.Remember(name, papers);
        var variables = new List<string>();
        if (session.CSharpKernel is not null)
        {
            await session.DefineVariableAsync(name, papers, context);
            await session.DefineVariableAsync(name + "Frame", papers.ToDataFrame(), context);
            variables.Add(name);
            variables.Add(name + "Frame");
        }

        context.Display(new LoadSummary(name, path, variables, ListingStatistics.Compute(papers), result.Diagnostics));
    }

    private static DateOnly ParseAsOf(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new PaperCommandException($"--as-of takes a date as YYYY-MM-DD, such as 2024-12-31, not '{text.Trim()}'.");

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}

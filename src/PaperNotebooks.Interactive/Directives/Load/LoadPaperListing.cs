using System.Globalization;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using PaperNotebooks.Charts;
using PaperNotebooks.Files;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper load [&lt;path&gt;...] [--format &lt;format&gt;] [--name &lt;var&gt;] [--as-of YYYY-MM-DD]</c>.</summary>
public sealed class LoadPaperListing : PaperDirectiveCommand
{
    /// <summary>The file, relative to the notebook's folder; null for the bundled seed listing. More files follow as words.</summary>
    public string? Path { get; set; }

    /// <summary><c>--format</c>: the format of every file (<c>bibtex</c>, <c>json</c>, ...); null to choose per file.</summary>
    public string? Format { get; set; }

    /// <summary>The C# variable to define; <c>&lt;Name&gt;Frame</c> gets the DataFrame. Default <c>papers</c>.</summary>
    public string? Name { get; set; }

    /// <summary><c>--as-of</c>: YYYY-MM-DD.</summary>
    public string? AsOf { get; set; }
}

/// <summary>Reads a listing, remembers it, defines <c>&lt;var&gt;</c> and <c>&lt;var&gt;Frame</c> in C#, and reports.</summary>
internal sealed class LoadSubcommand : PaperSubcommand<LoadPaperListing>
{
    public override SubcommandSpec Spec { get; } = new(
        "load", "Read papers from one or more files (listing, BibTeX, JSON, CSV) into one collection; with no path, the bundled seed listing.",
        [
            new("--path", "<path>...", "the files, relative to the notebook's folder; copies of a paper in several files are merged", Implicit: true, Many: true),
            new("--format", "<format>", "the format of the files, when neither extension nor content tells: " + string.Join(", ", PaperSources.Formats), Values: _ => PaperSources.Formats),
            new("--name", "<var>", "the C# variable to define (default: papers; <var>Frame holds its DataFrame, made when C# first names it)"),
            new("--as-of", "<YYYY-MM-DD>", "the date the listing is read as of, for dates without a year"),
        ],
        ["#!paper load", "#!paper load listings/2024.txt --name ml", "#!paper load refs.bib listings/2024.txt --name mine", "#!paper load \"my listing.txt\" --as-of 2024-12-31"]);

    public const string DefaultName = "papers";

    /// <summary>The seed listing shipped next to this assembly (in lib/ of the package).</summary>
    public static string SeedPath { get; } = System.IO.Path.Combine(AssemblyFolder(), "seeds", "000_4bb47f8579d701ca.txt");

    private static string AssemblyFolder() =>
        typeof(LoadSubcommand).Assembly.Location is { Length: > 0 } location
            ? System.IO.Path.GetDirectoryName(location)!
            : AppContext.BaseDirectory;

    protected override async Task HandleAsync(LoadPaperListing command, SubcommandCall call)
    {
        var (session, context) = (call.Session, call.Context);
        // Everything that can be refused is refused before anything is read, defined or remembered.
        string name = string.IsNullOrWhiteSpace(command.Name) ? DefaultName : command.Name.Trim();
        if (VariableName.Problem(name) is { } badName) throw new PaperCommandException(badName);
        var options = new ListingReadOptions
        {
            AsOf = command.AsOf is null ? null : ParseAsOf(command.AsOf),
            CancellationToken = call.CancellationToken,
        };
        string? format = string.IsNullOrWhiteSpace(command.Format) ? null : command.Format.Trim();
        if (format is not null && !PaperSources.Formats.Contains(format, StringComparer.OrdinalIgnoreCase))
            throw new PaperCommandException($"--format takes one of {string.Join(", ", PaperSources.Formats)}, not {PaperCommandException.Quote(format)}.");
        var given = call.Words.Count > 0 ? call.Words : string.IsNullOrWhiteSpace(command.Path) ? [] : [command.Path];
        IReadOnlyList<string> paths = given.Count == 0 ? [SeedPath] : [.. given.Select(p => session.ResolvePath(p.Trim()))];
        // One file alone must be readable; among several, one that is not is a diagnostic and the others load.
        if (paths.Count == 1) CheckReadable(paths[0], given.Count == 0);
        string path = paths[0];

        // Beside the read: the first table's formatting, a few milliseconds of a core (ViewWarmUp).
        _ = ViewWarmUp.StartOnce();
        var result = await LongWork.RunAsync(() => AfterRead.Read(() => PaperSources.ReadFiles(paths, options, format)), call.CancellationToken);
        var papers = result.Papers;
        if (papers.Count == 0 && result.HasErrors)
        {
            context.Display(new DiagnosticList(result.Diagnostics, result.Omitted));
            throw new PaperCommandException($"No papers could be read from {string.Join(", ", paths.Select(PaperCommandException.QuotePath))}; see the diagnostics above." +
                (paths.Count > 1 ? $" A path with spaces goes in quotes: \"{string.Join(" ", given)}\"." : ""));
        }

        var (variables, loaded) = await session.DefineAndRememberAsync(name, papers, paths, context, call.CancellationToken);

        context.Display(new LoadSummary(name, string.Join("\n", paths), variables, loaded.Summary, result.Diagnostics, result.Omitted)
        {
            Files = paths.Count,
            Merged = papers.Duplicates().CopiesMerged,
        });
    }

    /// <summary>Refuses, by name, anything but a regular file: a FIFO would block the cell forever, and /dev/zero or
    /// /proc files would read as an empty listing.</summary>
    private static void CheckReadable(string path, bool seed)
    {
        if (InputFile.Problem(path) is null) return;
        string quoted = PaperCommandException.QuotePath(path);
        throw new PaperCommandException(FileStatus.Of(path).Kind switch
        {
            FileKind.Directory => $"{quoted} is a folder; give the listing file in it.",
            FileKind.Missing when seed => $"The bundled seed listing is missing from {quoted}; reinstall PaperNotebooks.Interactive.",
            FileKind.Missing => $"No listing at {quoted}.",
            FileKind.Regular => $"{quoted} is not a regular file (a kernel file that reports no size); a listing must be one.",
            _ => $"{quoted} is not a regular file; a listing must be one.",
        });
    }

    private static DateOnly ParseAsOf(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new PaperCommandException($"--as-of takes a date as YYYY-MM-DD, such as 2024-12-31, not {PaperCommandException.Quote(text.Trim())}.");
}

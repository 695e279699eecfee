using System.Globalization;

namespace PaperNotebooks.Bench;

/// <summary>The arguments of <c>generate</c>.</summary>
internal sealed record GenerateOptions(int Papers, string Output, int Seed, string? CsvOutput, DateOnly AsOf)
{
    /// <summary>Where to write the same papers as arXiv's metadata snapshot (JSON lines), or null.</summary>
    public string? SnapshotOutput { get; init; }
    /// <summary>Where to write the same papers as BibTeX, or null.</summary>
    public string? BibTexOutput { get; init; }

    public const string Usage =
        "usage: PaperNotebooks.Bench generate --papers N --out FILE [--seed S] [--csv FILE] [--snapshot FILE] [--bibtex FILE] [--as-of YYYY-MM-DD]";

    /// <summary>
    /// Papers without a year fall in the twelve months up to this date; give the same date to
    /// <c>papernb --as-of</c> so that it infers the years the generator meant.
    /// </summary>
    public static readonly DateOnly DefaultAsOf = new(2026, 9, 30);

    public static GenerateOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        int? papers = null;
        string? output = null, csv = null, snapshot = null, bibtex = null;
        var seed = 42;
        var asOf = DefaultAsOf;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            if (value is null)
            {
                error = $"{args[i]} needs a value";
                return null;
            }
            switch (args[i])
            {
                case "--papers" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n >= 0: papers = n; break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var s): seed = s; break;
                case "--out": output = value; break;
                case "--csv": csv = value; break;
                case "--snapshot": snapshot = value; break;
                case "--bibtex": bibtex = value; break;
                case "--as-of" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d): asOf = d; break;
                default:
                    error = $"unexpected argument or bad value: {args[i]} {value}";
                    return null;
            }
            i++;
        }
        if (papers is null || output is null)
        {
            error = "--papers and --out are required";
            return null;
        }
        return new GenerateOptions(papers.Value, output, seed, csv, asOf) { SnapshotOutput = snapshot, BibTexOutput = bibtex };
    }
}

using System.CommandLine;
using System.Globalization;
using PaperNotebooks.Analytics;
using PaperNotebooks.Listing;

namespace PaperNotebooks.Cli.Commands;

/// <summary><c>papernb stats &lt;file&gt; [--as-of YYYY-MM-DD] [--top &lt;n&gt;]</c></summary>
internal static class StatsCommand
{
    public static Command Create(CommandIO io)
    {
        var files = CommonOptions.InputFiles();
        var inputFormat = CommonOptions.Format();
        var asOf = CommonOptions.AsOf();
        var top = new Option<int>("--top")
        {
            Description = "How many top authors to list.",
            DefaultValueFactory = _ => 10,
            HelpName = "n",
            CustomParser = OptionParsers.WholeNumber(1, 1_000_000),
        };

        var command = new Command("stats",
            "Summarise a listing: paper count, papers per year and per category, top authors (ignoring case and accents), share with code.\n" +
            ExitCodes.Help)
        {
            files, inputFormat, asOf, top,
        };
        command.SetAction(parseResult =>
        {
            string[] paths = parseResult.GetValue(files)!;
            string path = string.Join(", ", paths);
            var options = new ListingReadOptions { AsOf = parseResult.GetValue(asOf) };
            var result = ListingInput.ReadStatistics(paths, options, parseResult.GetValue(top), io, parseResult.GetValue(inputFormat));
            int exitCode = CommonOptions.Report(result.Diagnostics, result.Omitted, path, io.Error);
            if (exitCode == ExitCodes.Usage) return exitCode;
            Print(paths.Length == 1 ? Path.GetFileName(path) : $"{paths.Length} files", result.Statistics, io.Out);
            return exitCode;
        });
        return command;
    }

    private static void Print(string name, ListingStatistics stats, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"{name}: {stats.PaperCount.ToString("N0", c)} papers" +
            (stats.FirstPublished is { } first && stats.LastPublished is { } last ? $", {first:yyyy-MM-dd} to {last:yyyy-MM-dd}" : ""));
        output.WriteLine($"with code: {stats.WithCode.ToString("N0", c)} ({(stats.CodeShare * 100).ToString("0.0", c)}%)");
        if (stats.YearsInferred > 0) output.WriteLine($"year inferred from the as-of date: {stats.YearsInferred.ToString("N0", c)}");

        output.WriteLine();
        output.WriteLine("papers per year");
        int most = stats.PerYear.Count == 0 ? 1 : stats.PerYear.Max(y => y.Papers);
        foreach (var year in stats.PerYear)
        {
            output.WriteLine($"  {year.Year}  {year.Papers.ToString("N0", c),9}  {new string('#', (int)Math.Ceiling(30.0 * year.Papers / most))}");
        }

        output.WriteLine();
        output.WriteLine("papers per category");
        foreach (var category in stats.PerCategory)
        {
            output.WriteLine($"  {category.Category,-12} {category.Papers.ToString("N0", c),9}  {category.Name}");
        }

        output.WriteLine();
        output.WriteLine("top authors");
        int rank = 0;
        foreach (var author in stats.TopAuthors)
        {
            output.WriteLine($"  {++rank,3}. {author.Name,-32} {author.Papers.ToString("N0", c),7}");
        }
    }
}

using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Analytics;

/// <summary>A summary of a set of papers: how many, when, in which categories, by whom, and how many with code.</summary>
public sealed record ListingStatistics(
    int PaperCount,
    IReadOnlyList<YearCount> PerYear,
    IReadOnlyList<CategoryCount> PerCategory,
    IReadOnlyList<AuthorCount> TopAuthors,
    int WithCode,
    int YearsInferred,
    DateOnly? FirstPublished,
    DateOnly? LastPublished)
{
    /// <summary>The share of papers with code, 0 to 1.</summary>
    public double CodeShare => PaperCount == 0 ? 0 : (double)WithCode / PaperCount;

    /// <summary>Statistics of papers already in memory.</summary>
    public static ListingStatistics Compute(IEnumerable<Model.Paper> papers, int topAuthors = 10)
    {
        var accumulator = new StatisticsAccumulator();
        foreach (var paper in papers) accumulator.Add(paper);
        return accumulator.ToStatistics(topAuthors);
    }

    /// <summary>
    /// Statistics of the file at <paramref name="path"/> (any format of <see cref="PaperSources"/>) without holding its
    /// papers: the way to summarise listings of millions of papers in little memory.
    /// </summary>
    public static ListingStatisticsResult ReadFile(string path, ListingReadOptions? options = null, int topAuthors = 10, string? format = null)
    {
        using var sink = new StatisticsSink();
        return Result(sink, PaperSources.ReadFile(path, options ?? ListingReadOptions.Default, format, sink), topAuthors);
    }

    /// <summary>Statistics of papers read from a stream that need not seek (standard input).</summary>
    public static ListingStatisticsResult Read(Stream stream, ListingReadOptions? options = null, string source = "-", int topAuthors = 10, string? format = null)
    {
        using var sink = new StatisticsSink();
        return Result(sink, PaperSources.Read(stream, source, options ?? ListingReadOptions.Default, format, sink), topAuthors);
    }

    private static ListingStatisticsResult Result(StatisticsSink sink, DiagnosticList diagnostics, int topAuthors) =>
        new(sink.ToStatistics(topAuthors), diagnostics.Kept) { Omitted = diagnostics.Omitted };
}

public sealed record YearCount(int Year, int Papers);

public sealed record CategoryCount(string Category, string? Name, int Papers);

/// <param name="Name">The most common spelling of the author's name.</param>
public sealed record AuthorCount(string Name, int Papers);

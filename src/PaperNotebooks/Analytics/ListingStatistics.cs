using PaperNotebooks.Charts.Data;
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

    /// <summary>Statistics of papers already in memory. A collection that keeps columns (<see cref="Model.PaperColumns"/>,
    /// which a read notes) is summarised from them; its authors are counted once and kept with it
    /// (<see cref="AuthorTable.Of"/>), for its authors chart too; a large list is counted in parts on all cores, the
    /// parts merged in order, so the result is the one a single pass gives.</summary>
    /// <param name="topAuthors">How many authors to list; 0 counts no authors (the cheap summary a load shows).</param>
    public static ListingStatistics Compute(IEnumerable<Model.Paper> papers, int topAuthors = 10)
    {
        // From the collection's columns when it has them (a read notes them as it adds its papers).
        if (papers is Model.PaperCollection collection && collection.TryGetDerived<Model.PaperColumns>(out var columns))
        {
            var counted = StatisticsAccumulator.Of(columns);
            return topAuthors > 0 ? counted.WithTopAuthors(papers, topAuthors) : counted;
        }
        var authors = topAuthors > 0 && papers is Model.PaperCollection ? AuthorTable.Of(papers) : null;
        bool countAuthors = topAuthors > 0 && authors is null;
        if (papers is IReadOnlyList<Model.Paper> { Count: >= InPartsFrom } list && Environment.ProcessorCount > 1)
            return ComputeInParts(list, topAuthors, authors, countAuthors);
        var accumulator = new StatisticsAccumulator(countAuthors);
        foreach (var paper in papers) accumulator.Add(paper);
        return accumulator.ToStatistics(topAuthors, authors);
    }

    // Below this a second thread costs more than it saves.
    private const int InPartsFrom = 20_000;

    private static ListingStatistics ComputeInParts(IReadOnlyList<Model.Paper> papers, int topAuthors, AuthorTable? authors, bool countAuthors)
    {
        var accumulators = Model.InParts.Run(papers.Count, Environment.ProcessorCount, (start, end) =>
        {
            var accumulator = new StatisticsAccumulator(countAuthors);
            for (int row = start; row < end; row++) accumulator.Add(papers[row]);
            return accumulator;
        });
        for (int part = 1; part < accumulators.Length; part++) accumulators[0].Merge(accumulators[part]);
        return accumulators[0].ToStatistics(topAuthors, authors);
    }

    /// <summary>These statistics (of <paramref name="papers"/>, with no authors counted: <c>topAuthors: 0</c>) with the
    /// <paramref name="top"/> authors of <paramref name="papers"/> added; a collection's authors are counted once and kept with it.</summary>
    public ListingStatistics WithTopAuthors(IEnumerable<Model.Paper> papers, int top = 10) =>
        this with { TopAuthors = StatisticsAccumulator.Top(AuthorTable.Of(papers), top) };

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

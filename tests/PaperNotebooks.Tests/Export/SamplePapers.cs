using PaperNotebooks.Model;

namespace PaperNotebooks.Tests.Export;

/// <summary>Papers built by hand with every awkward value an export must carry through.</summary>
internal static class SamplePapers
{
    public static Paper Plain { get; } = new()
    {
        Id = "tanaka2021automatic",
        Title = "Automatic Summarization, Revisited",
        Authors = ["Akiko Tanaka", "José Müller"],
        AuthorsTruncated = true,
        Affiliations = ["University of Tokyo", "ETH Zürich"],
        Category = "cs.CL",
        CategoryName = "Computation and Language",
        Published = new DateOnly(2021, 7, 4),
        HasCode = true,
        CodeUrl = "https://github.com/tanaka/summ",
        Links = ["https://github.com/tanaka/summ", "https://example.org/paper"],
        Score = 67.5,
        Abstract = "We revisit summarization.",
        Line = 3,
        ArxivId = "2107.01234",
        Doi = "10.1145/3458817.3476209",
        Url = "https://arxiv.org/abs/2107.01234",
        Venue = "Transactions of the ACL",
        Categories = ["cs.CL", "cs.AI"],
        Updated = new DateOnly(2021, 9, 1),
        Source = "refs.bib",
    };

    public static Paper QuotesAndLineBreaks { get; } = new()
    {
        Id = "obrien2023quoted",
        Title = "The \"Quoted\" Title; with a semicolon, and a comma",
        Authors = ["Zoë Ø'Brien", "李雷", "Ñandú Çelik"],
        Affiliations = [],
        Category = "XY",
        CategoryName = null,
        Published = new DateOnly(2023, 2, 28),
        YearInferred = true,
        HasCode = false,
        CodeUrl = null,
        Links = [],
        Score = null,
        Abstract = "First line.\nSecond line, with a comma.\r\nThird \"quoted\" line; 🚀 and tabs\there.",
        Line = 10,
        Categories = ["XY"],
        Venue = "Proc. \"Quoted\" Venue, 2023; vol. 2",
        Source = "listing with spaces.txt",
    };

    public static Paper Edges { get; } = new()
    {
        Id = "nobody2024edges",
        Title = "  =SUM(A1) and -5 with spaces at both ends ",
        Authors = [],
        Category = "stat.ML",
        CategoryName = "Machine Learning",
        Published = new DateOnly(2024, 12, 31),
        HasCode = true,
        CodeUrl = null,
        Links = ["https://example.org/a?x=1,2", "https://example.org/b"],
        Score = 0.1 + 0.2,
        Abstract = "",
        Line = 0,
        ArxivId = "hep-th/9901001",
        Categories = ["stat.ML", "cs.LG", "math.ST"],
        Source = "arxiv: cat:stat.ML AND ti:\"edges\"",
    };

    public static IReadOnlyList<Paper> Tricky { get; } = [Plain, QuotesAndLineBreaks, Edges];
}

using System.Diagnostics;
using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.SplitterBench;

// usage: PaperNotebooks.SplitterBench [CORPUS.tsv.gz] [--wrong FILE] [--listing FILE]
string corpus = Path.Combine(AppContext.BaseDirectory, "data", "real-papers.tsv.gz");
string? wrongPath = null, listingPath = null;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--wrong") wrongPath = args[++i];
    else if (args[i] == "--listing") listingPath = args[++i];
    else corpus = args[i];
}

var papers = RealPaper.Load(corpus);
var renderer = new SiteRenderer();
var expected = papers.Select(renderer.Write).ToList();
string text = renderer.Text;
if (listingPath is not null) File.WriteAllText(listingPath, text);

var stopwatch = Stopwatch.StartNew();
var result = PaperListingReader.Parse(text, new ListingReadOptions { AsOf = new DateOnly(2026, 7, 31), MaxDiagnostics = int.MaxValue });
stopwatch.Stop();

var byLine = result.Papers.ToDictionary(p => p.Line);
var flagged = result.Diagnostics.Where(d => d.Code == "PN008").Select(d => d.Line - 1).ToHashSet();
// Any note on the title line: PN008, or PN007 (no author list found) and PN015 (an author that is no name).
var noted = result.Diagnostics.Where(d => d.Code is "PN007" or "PN008" or "PN015").Select(d => d.Line - 1).ToHashSet();
var perShape = LineShapes.All.ToDictionary(s => s, _ => (Papers: 0, Wrong: 0));
int wrong = 0, otherWrong = 0, flaggedWrong = 0, notedWrong = 0;
var wrongLines = new StringBuilder();
foreach (var e in expected)
{
    bool right = byLine.TryGetValue(e.Line, out var paper) && paper.Title == e.Title && paper.Authors.SequenceEqual(e.Paper.Authors);
    bool otherRight = paper is not null && paper.AuthorsTruncated == e.Truncated && paper.Affiliations.SequenceEqual(e.Affiliations)
        && paper.Published == e.Published && paper.HasCode == e.HasCode && paper.Category.EndsWith("." + e.Paper.CategoryCode, StringComparison.Ordinal);
    if (!otherRight) otherWrong++;
    bool isFlagged = flagged.Contains(e.Line);
    if (!right)
    {
        wrong++;
        if (isFlagged) flaggedWrong++;
        if (noted.Contains(e.Line)) notedWrong++;
        wrongLines.Append(e.Paper.ArxivId).Append('\t').Append(string.Join(" | ", LineShapes.Of(e))).Append('\n')
            .Append("  want: ").Append(e.Title).Append(" || ").Append(string.Join(" | ", e.Paper.Authors)).Append('\n')
            .Append("  got:  ").Append(paper?.Title).Append(" || ").Append(paper is null ? "" : string.Join(" | ", paper.Authors))
            .Append(isFlagged ? "   [PN008]" : "").Append('\n');
    }
    else if (isFlagged)
    {
        wrongLines.Append(e.Paper.ArxivId).Append("\tright but flagged (PN008)\n  got:  ").Append(paper!.Title)
            .Append(" || ").Append(string.Join(" | ", paper.Authors)).Append('\n');
    }
    foreach (var shape in LineShapes.Of(e))
    {
        var (n, w) = perShape[shape];
        perShape[shape] = (n + 1, w + (right ? 0 : 1));
    }
}
if (wrongPath is not null) File.WriteAllText(wrongPath, wrongLines.ToString());

static string Percent(int right, int total) => total == 0 ? "-" : $"{100.0 * right / total:F2}%";
Console.WriteLine($"{expected.Count:N0} real papers, listing of {Encoding.UTF8.GetByteCount(text) / 1e6:F1} MB read in {stopwatch.Elapsed.TotalSeconds:F2} s");
Console.WriteLine($"title and authors right: {Percent(expected.Count - wrong, expected.Count)} ({wrong:N0} wrong)");
Console.WriteLine($"every other field right (et al., organisations, date, category, Code): {Percent(expected.Count - otherWrong, expected.Count)} ({otherWrong:N0} wrong)");
Console.WriteLine($"PN008: flagged {flagged.Count:N0}; precision {Percent(flaggedWrong, flagged.Count)} of flagged are wrong; recall {Percent(flaggedWrong, wrong)} of wrong are flagged");
Console.WriteLine($"wrong papers with any note on their title line (PN007, PN008 or PN015): {Percent(notedWrong, wrong)}");
Console.WriteLine();
Console.WriteLine("| shape | papers | wrong | right |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var shape in LineShapes.All)
{
    var (n, w) = perShape[shape];
    Console.WriteLine($"| {shape} | {n:N0} | {w:N0} | {Percent(n - w, n)} |");
}
return 0;

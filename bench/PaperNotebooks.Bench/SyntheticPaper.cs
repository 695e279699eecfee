using System.Text;

namespace PaperNotebooks.Bench;

/// <summary>
/// One generated paper, holding exactly what the listing shows. The generator refills a single
/// instance for every paper so that a million papers cost no more memory than one.
/// </summary>
internal sealed class SyntheticPaper
{
    public string Title { get; set; } = "";
    /// <summary>The authors as the listing writes them (at most three when truncated).</summary>
    public List<string> Authors { get; } = new(12);
    public bool AuthorsTruncated { get; set; }
    public List<string> Affiliations { get; } = new(3);
    public string CategoryCode { get; set; } = "";
    public DateOnly Published { get; set; }
    /// <summary>False for recent papers, whose meta line gives only month and day.</summary>
    public bool YearShown { get; set; }
    /// <summary>The listing's <c>Code</c> marker.</summary>
    public bool CodeMarker { get; set; }
    /// <summary>Score in tenths (675 for 67.5), or null when the listing gives none.</summary>
    public int? ScoreTenths { get; set; }
    public StringBuilder Abstract { get; } = new(4096);
    /// <summary>The GitHub link the abstract contains, without trailing punctuation, or null.</summary>
    public string? CodeUrl { get; set; }

    public void Clear()
    {
        Authors.Clear();
        Affiliations.Clear();
        Abstract.Clear();
        CodeUrl = null;
        ScoreTenths = null;
    }
}

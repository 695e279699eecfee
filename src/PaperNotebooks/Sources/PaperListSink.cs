using PaperNotebooks.Listing;
using PaperNotebooks.Model;

namespace PaperNotebooks.Sources;

/// <summary>Keeps every paper, part by part, and joins them in source order with ids made unique.</summary>
internal sealed class PaperListSink : IPaperSink
{
    private List<Paper>[] _parts = [];

    public PaperDetail Detail => PaperDetail.Full;

    public void Begin(int parts)
    {
        _parts = new List<Paper>[parts];
        for (int k = 0; k < parts; k++) _parts[k] = [];
    }

    public Action<Paper> Part(int part) => _parts[part].Add;

    /// <summary>The papers in source order, ids as read.</summary>
    public IEnumerable<Paper> Papers => _parts.SelectMany(part => InLineOrder(part) ? part : (IEnumerable<Paper>)part.OrderBy(p => p.Line));

    // A listing hands on a paper whose boundary waited for the rest of the file after the papers that follow it.
    private static bool InLineOrder(List<Paper> part)
    {
        for (int i = 1; i < part.Count; i++)
        {
            if (part[i].Line < part[i - 1].Line) return false;
        }
        return true;
    }

    public ListingParseResult ToResult(DiagnosticList diagnostics, string? source)
    {
        var papers = PaperKey.WithUniqueIds(Papers, _parts.Sum(part => part.Count));
        return new ListingParseResult(new PaperCollection(papers, source), diagnostics.Kept) { Omitted = diagnostics.Omitted };
    }
}

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
    public IEnumerable<Paper> Papers => _parts.SelectMany(part => part);

    public ListingParseResult ToResult(DiagnosticList diagnostics, string? source)
    {
        var papers = PaperKey.UniqueIds(Papers, _parts.Sum(part => part.Count), source);
        return new ListingParseResult(papers, diagnostics.Kept) { Omitted = diagnostics.Omitted };
    }
}

using PaperNotebooks.Listing;
using PaperNotebooks.Model;

namespace PaperNotebooks.Sources;

/// <summary>Keeps every paper, part by part, and joins them in source order with ids made unique.</summary>
internal sealed class PaperListSink : IPaperSink
{
    private List<Paper>[] _parts = [];
    private Task _finishing = Task.CompletedTask;

    public PaperDetail Detail => PaperDetail.Full;

    public void Begin(int parts)
    {
        _parts = new List<Paper>[parts];
        for (int k = 0; k < parts; k++) _parts[k] = [];
    }

    public Action<Paper> Part(int part) => _parts[part].Add;

    public void Finishing(Task finishing) => _finishing = finishing;

    /// <summary>Waits for what the source finishes in the background; throws what failed there.</summary>
    private void WaitFinished() => _finishing.GetAwaiter().GetResult();

    /// <summary>The papers in source order, ids as read, once the source has finished.</summary>
    public IEnumerable<Paper> Papers
    {
        get
        {
            WaitFinished();
            return Delivered;
        }
    }

    private IEnumerable<Paper> Delivered => _parts.SelectMany(part => part);

    public ListingParseResult ToResult(DiagnosticList diagnostics, string? source)
    {
        // Ids are made unique while the source's texts are sealed on another core.
        var papers = PaperKey.UniqueIds(Delivered, _parts.Sum(part => part.Count), source);
        WaitFinished();
        return new ListingParseResult(papers, diagnostics.Kept) { Omitted = diagnostics.Omitted };
    }
}

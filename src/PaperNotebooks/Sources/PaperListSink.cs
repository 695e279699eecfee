using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Sources;

/// <summary>Keeps every paper, part by part, and joins them in source order with ids made unique; each paper's title
/// is also copied for scans (<see cref="LowerCaseTitles"/>), and its id hashed for <see cref="IdIndex"/>, while the
/// part's thread has them at hand.</summary>
internal sealed class PaperListSink : IPaperSink
{
    private List<Paper>[] _parts = [];
    private ChunkedList<int>[] _idHashes = [];
    private LowerCaseTitles.Writer[] _titles = [];
    private Task _finishing = Task.CompletedTask;

    public PaperDetail Detail => PaperDetail.Full;

    public void Begin(int parts)
    {
        _parts = new List<Paper>[parts];
        _titles = new LowerCaseTitles.Writer[parts];
        _idHashes = new ChunkedList<int>[parts];
        for (int k = 0; k < parts; k++) (_parts[k], _titles[k], _idHashes[k]) = ([], new(), new());
    }

    public Action<Paper> Part(int part)
    {
        var papers = _parts[part];
        var titles = _titles[part];
        var idHashes = _idHashes[part];
        return paper =>
        {
            papers.Add(paper);
            titles.Add(paper.Title);
            idHashes.Add(IdIndex.Hash(paper.Id));
        };
    }

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

    private IEnumerable<(Paper, int)> DeliveredWithIdHashes()
    {
        for (int k = 0; k < _parts.Length; k++)
        {
            var hashes = _idHashes[k].GetEnumerator();
            foreach (var paper in _parts[k])
            {
                hashes.MoveNext();
                yield return (paper, hashes.Current);
            }
        }
    }

    public ListingParseResult ToResult(DiagnosticList diagnostics, string? source)
    {
        // Ids are made unique while the source's texts are sealed on another core.
        var papers = PaperKey.UniqueIds(DeliveredWithIdHashes(), _parts.Sum(part => part.Count), source);
        if (LowerCaseTitles.Join(_titles) is { } titles) LowerCaseTitles.Attach(papers, titles);
        WaitFinished();
        return new ListingParseResult(papers, diagnostics.Kept) { Omitted = diagnostics.Omitted };
    }
}

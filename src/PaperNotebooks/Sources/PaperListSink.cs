using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Sources;

/// <summary>Keeps every paper, part by part, and joins them in source order with ids made unique; each paper's title
/// is also copied for scans (<see cref="LowerCaseTitles"/>), its id hashed for <see cref="IdIndex"/>, and its year,
/// date, categories and flags noted in columns for filters and summaries (<see cref="PaperColumns"/>), while the part's
/// thread has them at hand.</summary>
internal sealed class PaperListSink : IPaperSink
{
    private List<Paper>[] _parts = [];
    private ChunkedList<int>[] _idHashes = [];
    private LowerCaseTitles.Writer[] _titles = [];
    private PaperColumns.Reading _reading = new();
    private PaperColumns.Part[] _columns = [];

    public PaperDetail Detail => PaperDetail.Full;

    public void Begin(int parts)
    {
        _parts = new List<Paper>[parts];
        _titles = new LowerCaseTitles.Writer[parts];
        _idHashes = new ChunkedList<int>[parts];
        _columns = new PaperColumns.Part[parts];
        _reading = new();
        for (int k = 0; k < parts; k++) (_parts[k], _titles[k], _idHashes[k], _columns[k]) = ([], new(), new(), _reading.Part());
    }

    public Action<Paper> Part(int part)
    {
        var papers = _parts[part];
        var titles = _titles[part];
        var idHashes = _idHashes[part];
        var columns = _columns[part];
        return paper =>
        {
            papers.Add(paper);
            titles.Add(paper.Title);
            idHashes.Add(IdIndex.Hash(paper.Id));
            columns.Add(paper);
        };
    }

    /// <summary>The papers in source order, ids as read.</summary>
    public IEnumerable<Paper> Papers => _parts.SelectMany(part => part);

    public ListingParseResult ToResult(DiagnosticList diagnostics, string? source)
    {
        // Ids are made unique (on all cores, a shard of the ids each) while the source's texts are sealed in the
        // background; the papers are handed out before the seal ends, and a reader of their texts waits for it (Utf8TextStore.Sealed): at 1M papers it moves 1.2 GB of
        // abstracts, most of a second, and a notebook's next steps (a list, a chart) read none.
        var delivered = new Paper[_parts.Sum(part => part.Count)];
        var hashes = new int[delivered.Length];
        int row = 0;
        for (int k = 0; k < _parts.Length; k++)
        {
            _parts[k].CopyTo(delivered, row);
            _idHashes[k].CopyTo(hashes.AsSpan(row));
            row += _parts[k].Count;
        }
        var papers = PaperKey.UniqueIds(delivered, hashes, source, unshared: true);
        if (LowerCaseTitles.Join(_titles) is { } titles) LowerCaseTitles.Attach(papers, titles);
        var columns = _reading.Join(_columns);
        papers.Derived(_ => columns);
        return new ListingParseResult(papers, diagnostics.Kept) { Omitted = diagnostics.Omitted };
    }
}

using PaperNotebooks.Model;

namespace PaperNotebooks.Search;

/// <summary>
/// The search index without abstracts, built in a fraction of the full one's time (titles, authors and the short
/// fields are a small part of the text). Until the full index is built, it answers every query that does not look in
/// abstracts (<c>ti:</c>, <c>au:</c>, <c>cat:</c>, <c>year:</c>, <c>has:code</c>, ...) with the same hits and the same
/// scores as the full index would: BM25 counts documents and lengths per field, and the fields it holds are the same.
/// Free words and <c>abs:</c> look in abstracts, so they wait for the full index.
/// </summary>
/// <remarks>The full index reads this one's ranges beside the abstracts' (<see cref="IndexRanges"/>): the fields are
/// indexed once.</remarks>
internal sealed class FieldSearchIndex : IDisposable
{
    private readonly IndexRanges _ranges;

    private FieldSearchIndex(PaperCollection papers, IndexRanges ranges)
    {
        _ranges = ranges;
        Index = PaperSearchIndex.OfFields(papers, ranges);
    }

    public PaperSearchIndex Index { get; }

    public static FieldSearchIndex Build(PaperCollection papers) => new(papers, IndexRanges.Build(papers, IndexPart.Fields));

    /// <summary>The full index, over these fields and the abstracts indexed now; this index stays the fields' owner.</summary>
    public PaperSearchIndex WithAbstracts() => PaperSearchIndex.WithAbstracts(Index.Papers, _ranges, ownsFields: false);

    /// <summary>True when <paramref name="query"/> reads no abstract; a query that does not parse is answered here too,
    /// with the same error the full index would give.</summary>
    public static bool Answers(string? query) => QueryParser.Parse(query ?? "", out _) is not { } node || !ReadsAbstracts(node);

    private static bool ReadsAbstracts(QueryNode node) => node switch
    {
        OrNode or => or.Children.Any(ReadsAbstracts),
        AndNode and => and.Children.Any(ReadsAbstracts),
        NotNode not => ReadsAbstracts(not.Child),
        TermNode term => term.Field is QueryField.Any or QueryField.Abstract,
        _ => true,
    };

    public void Dispose() => Index.Dispose();
}

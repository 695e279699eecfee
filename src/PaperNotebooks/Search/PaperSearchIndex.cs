using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Search;

/// <summary>
/// An in-memory Lucene index over a <see cref="PaperCollection"/>: ranked search in the query language of
/// <see cref="Search"/>, and papers like a given one (<see cref="Similar"/>). Nothing is stored in the index but
/// each paper's position in the collection: hits and highlights are read from the papers themselves.
/// Safe to search from several threads at once.
/// </summary>
public sealed class PaperSearchIndex : IDisposable
{
    /// <summary>Queries longer than this are refused with <see cref="QueryErrorCodes.TooLong"/>.</summary>
    public const int MaxQueryLength = 1000;

    /// <summary>The most hits one search or similarity look-up returns.</summary>
    public const int MaxTop = 10_000;

    private readonly IndexReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly IDisposable[] _owned;

    /// <param name="reader">The index, one document per paper in collection order.</param>
    /// <param name="owned">What disposing the index disposes besides the reader.</param>
    private PaperSearchIndex(PaperCollection papers, IndexReader reader, params IDisposable[] owned)
    {
        Papers = papers;
        _reader = reader;
        _owned = owned;
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>The papers this index searches.</summary>
    public PaperCollection Papers { get; }

    /// <summary>Indexes every paper of <paramref name="papers"/>, on every core.</summary>
    public static PaperSearchIndex Build(PaperCollection papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var fields = IndexRanges.Build(papers, IndexPart.Fields);
        try
        {
            return WithAbstracts(papers, fields, ownsFields: true);
        }
        catch
        {
            fields.Dispose();
            throw;
        }
    }

    /// <summary>The index of the fields alone (<see cref="FieldSearchIndex"/>); it owns <paramref name="fields"/>.</summary>
    internal static PaperSearchIndex OfFields(PaperCollection papers, IndexRanges fields) =>
        new(papers, new MultiReader([.. fields.Readers], closeSubReaders: false), fields);

    /// <summary>
    /// The full index: <paramref name="fields"/>, already built, read side by side with the abstracts indexed now, range
    /// by range. The scores are those of one index holding everything: BM25 counts documents and lengths per field.
    /// The field readers are reference-counted: the full index keeps them open when their owner lets them go first,
    /// and when the owner has let them go already (a reload released the set just now), the fields are indexed again.
    /// </summary>
    internal static PaperSearchIndex WithAbstracts(PaperCollection papers, IndexRanges fields, bool ownsFields)
    {
        var held = new List<AtomicReader>();
        try
        {
            foreach (var range in fields.Readers)
            {
                if (!range.TryIncRef()) return ownsFields ? throw new ObjectDisposedException(nameof(IndexRanges)) : Build(papers);
                held.Add(range);
            }
            var abstracts = IndexRanges.Build(papers, IndexPart.Abstracts);
            // Each side-by-side reader takes a reference to both of its ranges and gives it back when closed.
            var sideBySide = fields.Readers.Zip(abstracts.Readers, (f, a) => (IndexReader)new ParallelAtomicReader(false, f, a)).ToArray();
            var reader = new MultiReader(sideBySide, closeSubReaders: true);
            return ownsFields ? new(papers, reader, abstracts, fields) : new(papers, reader, abstracts);
        }
        finally
        {
            foreach (var range in held) range.DecRef();
        }
    }

    /// <summary>
    /// Runs a query and returns the <paramref name="top"/> best papers with what matched in each.
    /// Never throws on what a person types: a malformed query gives a result whose <see cref="SearchResult.Error"/>
    /// says where it broke.
    /// </summary>
    /// <remarks>
    /// The language: free words look in title, abstract and authors (title matches rank first);
    /// <c>ti:</c> <c>au:</c> <c>abs:</c> <c>cat:</c> <c>aff:</c> <c>id:</c> limit a word, <c>"phrase"</c> or
    /// <c>(group)</c> to one field; <c>year:2024</c>, <c>year:2021..2024</c> (or <c>2021..</c>, <c>..2024</c>);
    /// <c>has:code</c>; <c>AND</c>, <c>OR</c>, <c>NOT</c> and <c>-term</c>, terms side by side meaning AND;
    /// parentheses; <c>prefix*</c>. Case and accents never matter, and words inside compound names match
    /// (<c>deepspeed</c> finds DeepSpeed-Chat and DeepSpeed4Science). <c>cat:LG</c> and <c>cat:cs.LG</c> are the same.
    /// </remarks>
    public SearchResult Search(string query, int top = 20)
    {
        var compiled = CompiledQuery.Compile(Papers, query, top, out var failed);
        if (compiled is null) return failed!;
        query = compiled.Text;

        TopDocs found;
        try
        {
            found = _searcher.Search(compiled.Query, top);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return SearchResult.Failed(query, new QueryError(QueryErrorCodes.TooComplex, query, 1, query.Length,
                $"the query expands to more than {BooleanQuery.MaxClauseCount} terms; use longer prefixes or fewer words"));
        }

        var highlighter = compiled.Highlighter();
        var hits = found.ScoreDocs
            .OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Doc)
            .Select(hit => new SearchHit(Papers[hit.Doc], hit.Score, highlighter))
            .ToList();
        return new SearchResult { Query = query, Hits = hits, TotalHits = found.TotalHits };
    }

    /// <summary>
    /// The <paramref name="top"/> papers most like the one with this id by the words of title and abstract
    /// (Lucene's MoreLikeThis: the paper's most telling terms by tf-idf, matched in the others' titles and abstracts).
    /// </summary>
    public SimilarResult Similar(string id, int top = 10)
    {
        id ??= "";
        if (top is < 1 or > MaxTop)
            return new SimilarResult { Id = id, Error = new QueryError(QueryErrorCodes.BadTop, id, 0, 0, $"the number of results must be between 1 and {MaxTop}, not {top}") };
        if (!Papers.TryGetById(id.Trim(), out var paper))
            {
            string shown = Excerpt.Of(id);
            return new SimilarResult { Id = shown, Error = new QueryError(QueryErrorCodes.UnknownPaper, shown, 0, 0, $"no paper has the id '{shown}'") };
        }

        var terms = TelltaleTerms(paper);
        if (terms.Count == 0) return new SimilarResult { Id = id, Paper = paper };

        var query = new BooleanQuery();
        foreach (var (term, weight) in terms)
        {
            query.Add(new DisjunctionMaxQuery(0.1f)
            {
                new TermQuery(new Term(SearchFields.Title, term)) { Boost = 1.5f * weight },
                new TermQuery(new Term(SearchFields.Abstract, term)) { Boost = weight },
            }, Occur.SHOULD);
        }
        query.Add(PositionsQuery.For(PositionsQuery.OfId(Papers, paper.Id, prefix: false)), Occur.MUST_NOT);

        var found = _searcher.Search(query, top);
        var similar = found.ScoreDocs.Select(scoreDoc =>
        {
            var other = Papers[scoreDoc.Doc];
            var otherTerms = PaperAnalyzer.Instance.Terms(SearchFields.Title, other.Title)
                .Concat(PaperAnalyzer.Instance.Terms(SearchFields.Abstract, other.Abstract))
                .ToHashSet(StringComparer.Ordinal);
            var shared = terms.Select(t => t.Term).Where(otherTerms.Contains).ToList();
            return new SimilarPaper(other, scoreDoc.Score, shared);
        }).ToList();
        return new SimilarResult { Id = id, Paper = paper, Terms = terms.Select(t => t.Term).ToList(), Similar = similar };
    }

    /// <summary>The terms of a paper that say most about it, with weights from 1 down.</summary>
    private List<(string Term, float Weight)> TelltaleTerms(Paper paper)
    {
        var moreLikeThis = new MoreLikeThis(_reader)
        {
            Analyzer = PaperAnalyzer.Instance,
            FieldNames = [SearchFields.Title, SearchFields.Abstract],
            MinTermFreq = 1,
            // A term no other paper has cannot make two papers alike.
            MinDocFreq = 2,
            // Nor can a term most papers have.
            MaxDocFreq = Math.Max(2, _reader.NumDocs / 3),
            MinWordLen = 3,
            MaxQueryTerms = 25,
            ApplyBoost = true,
            StopWords = ResearchStopWords.All,
        };
        // The title twice: its words say more about a paper than the abstract's.
        using var text = new StringReader(paper.Title + "\n" + paper.Title + "\n" + paper.Abstract);
        var like = moreLikeThis.Like(text, SearchFields.WholeWords);
        var terms = new List<(string, float)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in ((BooleanQuery)like).Clauses)
        {
            // Numbers (3.8b, 14b) are no subject.
            if (clause.Query is TermQuery termQuery && char.IsLetter(termQuery.Term.Text[0]) && seen.Add(termQuery.Term.Text))
                terms.Add((termQuery.Term.Text, termQuery.Boost));
        }
        return terms.OrderByDescending(t => t.Item2).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        foreach (var owned in _owned) owned.Dispose();
    }

    public override string ToString() => $"search index of {Papers}";
}

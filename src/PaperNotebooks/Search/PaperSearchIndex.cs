using System.Runtime.ExceptionServices;
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

    /// <summary>Below this many papers the index is built on one thread, which keeps Lucene's document order
    /// equal to listing order; above it, building on every core pays.</summary>
    private const int ParallelThreshold = 2_000;

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly int[] _ordinalOfDocument;

    private PaperSearchIndex(PaperCollection papers, RAMDirectory directory)
    {
        Papers = papers;
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _ordinalOfDocument = new int[_reader.MaxDoc];
        var ordinals = MultiDocValues.GetNumericValues(_reader, SearchFields.Ordinal);
        for (int doc = 0; doc < _ordinalOfDocument.Length; doc++)
            _ordinalOfDocument[doc] = ordinals is null ? doc : (int)ordinals.Get(doc);
    }

    /// <summary>The papers this index searches.</summary>
    public PaperCollection Papers { get; }

    /// <summary>Indexes every paper of <paramref name="papers"/>.</summary>
    public static PaperSearchIndex Build(PaperCollection papers) => Build(papers, withAbstracts: true);

    /// <summary>Indexes every paper; without abstracts (<see cref="FieldSearchIndex"/>) in a fraction of the time.</summary>
    internal static PaperSearchIndex Build(PaperCollection papers, bool withAbstracts)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(PaperAnalyzer.Version, PaperAnalyzer.Instance)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            // One flush per indexing thread for 100,000 papers; no compound files and no merges, which in a
            // RAMDirectory would only copy the same bytes again.
            RAMBufferSizeMB = 512,
            UseCompoundFile = false,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            if (papers.Count < ParallelThreshold)
            {
                var document = new PaperDocument(withAbstracts);
                for (int i = 0; i < papers.Count; i++) writer.AddDocument(document.For(papers[i], i));
            }
            else
            {
                AddOnThreadsOfItsOwn(writer, papers, withAbstracts);
            }
            writer.Commit();
        }
        return new PaperSearchIndex(papers, directory);
    }

    /// <summary>
    /// Adds the papers from one thread per core, threads of the index's own rather than the thread pool's: the index
    /// is built in the background right after a load, and pool threads blocked in indexing would starve the next cell,
    /// which needs pool threads to run (a list waited for the whole build). Papers are taken in chunks of 1,000.
    /// </summary>
    private static void AddOnThreadsOfItsOwn(IndexWriter writer, PaperCollection papers, bool withAbstracts)
    {
        const int Chunk = 1_000;
        int next = 0;
        ExceptionDispatchInfo? failure = null;
        var threads = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => new Thread(() =>
        {
            try
            {
                var document = new PaperDocument(withAbstracts);
                for (int start; (start = Interlocked.Add(ref next, Chunk) - Chunk) < papers.Count && failure is null;)
                {
                    for (int i = start; i < Math.Min(start + Chunk, papers.Count); i++) writer.AddDocument(document.For(papers[i], i));
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
        })
        { IsBackground = true, Name = "PaperNotebooks indexing" }).ToList();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        failure?.Throw();
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
        query ??= "";
        if (top is < 1 or > MaxTop)
            return SearchResult.Failed(query, new QueryError(QueryErrorCodes.BadTop, query, 0, 0, $"the number of results must be between 1 and {MaxTop}, not {top}"));
        if (query.Length > MaxQueryLength)
        {
            return SearchResult.Failed(query, QueryLexer.Error(query, QueryErrorCodes.TooLong, MaxQueryLength, query.Length - MaxQueryLength,
                $"the query is {query.Length} characters long; the most is {MaxQueryLength}"));
        }

        var node = QueryParser.Parse(query, out var error);
        IReadOnlySet<string> textFields = new HashSet<string>();
        var compiled = node is null ? null : QueryCompiler.Compile(node, query, out error, out textFields);
        if (compiled is null) return SearchResult.Failed(query, error!);

        TopDocs found;
        try
        {
            found = _searcher.Search(compiled, top);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return SearchResult.Failed(query, new QueryError(QueryErrorCodes.TooComplex, query, 1, query.Length,
                $"the query expands to more than {BooleanQuery.MaxClauseCount} terms; use longer prefixes or fewer words"));
        }

        var highlighter = new MatchHighlighter(compiled, textFields);
        var hits = found.ScoreDocs
            .Select(scoreDoc => (Ordinal: _ordinalOfDocument[scoreDoc.Doc], scoreDoc.Score))
            .OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Ordinal)
            .Select(hit => new SearchHit(Papers[hit.Ordinal], hit.Score, highlighter))
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
        query.Add(new TermQuery(new Term(SearchFields.Id, paper.Id.ToLowerInvariant())), Occur.MUST_NOT);

        var found = _searcher.Search(query, top);
        var similar = found.ScoreDocs.Select(scoreDoc =>
        {
            var other = Papers[_ordinalOfDocument[scoreDoc.Doc]];
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
        _directory.Dispose();
    }

    public override string ToString() => $"search index of {Papers}";
}

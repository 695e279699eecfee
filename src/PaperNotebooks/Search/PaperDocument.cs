using Lucene.Net.Documents;
using PaperNotebooks.Model;

namespace PaperNotebooks.Search;

/// <summary>
/// Makes the Lucene document of one paper for one part of the index (<see cref="IndexPart"/>): every field searched,
/// none stored. A paper without an abstract still gets a document in the abstracts' part, so the parts line up. One
/// builder per indexing thread:
/// it reuses its document and field instances from paper to paper, as Lucene allows, which spares a token stream
/// and reader per field per paper (and the lock Lucene takes to create each token stream's attributes).
/// </summary>
internal sealed class PaperDocument
{
    private readonly IndexPart _part;

    public PaperDocument(IndexPart part)
    {
        _part = part;
        _abstract = new TextField(SearchFields.Abstract, _abstractText);
    }

    private readonly Document _document = [];
    private readonly TextField _title = new(SearchFields.Title, "", Field.Store.NO);
    private readonly StoredTextReader _abstractText = new();
    private readonly TextField _abstract;
    private static readonly FieldType YearType = Frozen(new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = SearchFields.YearPrecisionStep });
    private readonly Int32Field _year = new(SearchFields.Year, 0, YearType);

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
    private readonly List<StringField> _categories = [];
    private readonly TextField _venue = new(SearchFields.Venue, "", Field.Store.NO);
    private readonly StringField _arxivId = new(SearchFields.ArxivId, "", Field.Store.NO);
    private readonly StringField _doi = new(SearchFields.Doi, "", Field.Store.NO);
    private readonly HashSet<string> _categoryTerms = [];
    private readonly StringField _hasCode = new(SearchFields.Has, "code", Field.Store.NO);
    private readonly List<TextField> _authors = [];
    private readonly List<TextField> _affiliations = [];

    public Document For(Paper paper)
    {
        _document.Fields.Clear();
        if (_part == IndexPart.Abstracts)
        {
            // Read from the UTF-8 it is kept as, not made into a string first.
            _abstract.SetReaderValue(_abstractText.Reset(paper.StoredAbstract));
            _document.Add(_abstract);
            return _document;
        }
        Add(_title, paper.Title);
        _year.SetInt32Value(paper.Published.Year);
        _document.Add(_year);
        AddAll(_authors, SearchFields.Authors, paper.Authors);
        AddAll(_affiliations, SearchFields.Affiliations, paper.Affiliations);

        AddCategories(paper);
        if (paper.Venue is { Length: > 0 } venue) Add(_venue, venue);
        if (paper.ArxivId is { } arxivId) Add(_arxivId, arxivId.ToLowerInvariant());
        if (paper.Doi is { } doi) Add(_doi, doi);
        if (paper.HasCode) _document.Add(_hasCode);
        return _document;
    }

    private void AddCategories(Paper paper)
    {
        CategoryTerms(paper, _categoryTerms);
        int i = 0;
        foreach (var term in _categoryTerms)
        {
            if (i == _categories.Count) _categories.Add(new StringField(SearchFields.Category, "", Field.Store.NO));
            Add(_categories[i++], term);
        }
    }

    /// <summary>
    /// The terms of a paper's <c>cat</c> field, into <paramref name="terms"/> (cleared first): every category (primary
    /// and cross-lists) and its archive (cs.lg, cs), lower case, so that cat:cs finds every paper listed in cs, whatever
    /// its primary category.
    /// </summary>
    internal static void CategoryTerms(Paper paper, HashSet<string> terms)
    {
        terms.Clear();
        AddCategory(terms, paper.Category);
        foreach (var other in paper.Categories) AddCategory(terms, other);
    }

    private static void AddCategory(HashSet<string> terms, string code)
    {
        if (code.Length == 0) return;
        string category = (ArxivCategories.Resolve(code) ?? code).ToLowerInvariant();
        terms.Add(category);
        int dot = category.IndexOf('.');
        if (dot > 0) terms.Add(category[..dot]);
    }

    private void Add(Field field, string value)
    {
        field.SetStringValue(value);
        _document.Add(field);
    }

    private void AddAll(List<TextField> pool, string name, IReadOnlyList<string> values)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (i == pool.Count) pool.Add(new TextField(name, "", Field.Store.NO));
            Add(pool[i], values[i]);
        }
    }
}

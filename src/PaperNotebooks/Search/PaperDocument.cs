using Lucene.Net.Documents;
using PaperNotebooks.Model;

namespace PaperNotebooks.Search;

/// <summary>
/// Makes the Lucene document of one paper: every field searched, none stored. One builder per indexing thread:
/// it reuses its document and field instances from paper to paper, as Lucene allows, which spares a token stream
/// and reader per field per paper (and the lock Lucene takes to create each token stream's attributes).
/// </summary>
internal sealed class PaperDocument
{
    private readonly Document _document = [];
    private readonly StringField _id = new(SearchFields.Id, "", Field.Store.NO);
    private readonly TextField _title = new(SearchFields.Title, "", Field.Store.NO);
    private readonly TextField _abstract = new(SearchFields.Abstract, "", Field.Store.NO);
    private readonly Int32Field _year = new(SearchFields.Year, 0, Field.Store.NO);
    private readonly NumericDocValuesField _ordinal = new(SearchFields.Ordinal, 0);
    private readonly StringField _category = new(SearchFields.Category, "", Field.Store.NO);
    private readonly StringField _archive = new(SearchFields.Category, "", Field.Store.NO);
    private readonly StringField _hasCode = new(SearchFields.Has, "code", Field.Store.NO);
    private readonly List<TextField> _authors = [];
    private readonly List<TextField> _affiliations = [];

    public Document For(Paper paper, int ordinal)
    {
        _document.Fields.Clear();
        Add(_id, paper.Id.ToLowerInvariant());
        Add(_title, paper.Title);
        Add(_abstract, paper.Abstract);
        _year.SetInt32Value(paper.Published.Year);
        _document.Add(_year);
        _ordinal.SetInt64Value(ordinal);
        _document.Add(_ordinal);
        AddAll(_authors, SearchFields.Authors, paper.Authors);
        AddAll(_affiliations, SearchFields.Affiliations, paper.Affiliations);

        // The full identifier and its archive (cs.lg, cs), lower case, so that cat:cs finds every cs paper.
        string category = (ArxivCategories.Resolve(paper.Category) ?? paper.Category).ToLowerInvariant();
        Add(_category, category);
        int dot = category.IndexOf('.');
        if (dot > 0) Add(_archive, category[..dot]);
        if (paper.HasCode) _document.Add(_hasCode);
        return _document;
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

using Lucene.Net.Documents;
using PaperNotebooks.Model;

namespace PaperNotebooks.Query;

/// <summary>The Lucene document of one paper: every field searched, none stored.</summary>
internal static class PaperDocument
{
    public static Document Create(Paper paper, int ordinal)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, paper.Id.ToLowerInvariant(), Field.Store.NO),
            new TextField(SearchFields.Title, paper.Title, Field.Store.NO),
            new TextField(SearchFields.Abstract, paper.Abstract, Field.Store.NO),
            new Int32Field(SearchFields.Year, paper.Published.Year, Field.Store.NO),
            new NumericDocValuesField(SearchFields.Ordinal, ordinal),
        };
        foreach (var author in paper.Authors)
            document.Add(new TextField(SearchFields.Authors, author, Field.Store.NO));
        foreach (var affiliation in paper.Affiliations)
            document.Add(new TextField(SearchFields.Affiliations, affiliation, Field.Store.NO));
        foreach (var category in CategoryTerms(paper.Category))
            document.Add(new StringField(SearchFields.Category, category, Field.Store.NO));
        if (paper.HasCode)
            document.Add(new StringField(SearchFields.Has, "code", Field.Store.NO));
        return document;
    }

    /// <summary>The full identifier and its archive (<c>cs.lg</c>, <c>cs</c>), lower case, so that <c>cat:cs</c> finds every cs paper.</summary>
    private static IEnumerable<string> CategoryTerms(string category)
    {
        string full = (ArxivCategories.Resolve(category) ?? category).ToLowerInvariant();
        yield return full;
        int dot = full.IndexOf('.');
        if (dot > 0) yield return full[..dot];
    }
}

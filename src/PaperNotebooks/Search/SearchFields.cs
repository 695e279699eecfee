namespace PaperNotebooks.Search;

/// <summary>The names of the fields in the search index.</summary>
internal static class SearchFields
{
    public const string Title = "title";
    public const string Abstract = "abstract";
    public const string Authors = "authors";
    public const string Affiliations = "aff";
    public const string Category = "cat";
    public const string Venue = "venue";
    public const string ArxivId = "arxiv";
    public const string Doi = "doi";
    public const string Year = "year";
    /// <summary>Years are indexed as one term each (not Lucene's trie of several): a range query enumerates a few dozen
    /// years at most, and a million papers index faster.</summary>
    public const int YearPrecisionStep = int.MaxValue;
    public const string Has = "has";
    /// <summary>Not in the index: title and abstract text analyzed without the parts of compound names, to pick
    /// the terms a paper is like others by (<c>DeepSpeed</c> counts, its part <c>speed</c> does not).</summary>
    public const string WholeWords = "words";

    /// <summary>Where free words are looked for, with the boost that ranks title matches above abstract matches.</summary>
    public static readonly (string Field, float Boost)[] FreeText = [(Title, 3f), (Authors, 2f), (Abstract, 1f)];
}

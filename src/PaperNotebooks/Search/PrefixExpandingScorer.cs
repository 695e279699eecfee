using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Util;
using LuceneQuery = Lucene.Net.Search.Query;

namespace PaperNotebooks.Search;

/// <summary>
/// A <see cref="QueryScorer"/> whose prefix queries are expanded term by term against the text being highlighted.
/// Lucene's own extractor rewrites a prefix into one Boolean clause per matching word, which throws
/// <see cref="BooleanQuery.TooManyClausesException"/> past 1,024 words (<c>a*</c> over a long abstract); a prefix is
/// not a phrase, so its words need no clauses, only a weight each.
/// </summary>
internal sealed class PrefixExpandingScorer(LuceneQuery query, string field) : QueryScorer(query, field)
{
    protected override WeightedSpanTermExtractor NewTermExtractor(string defaultField) => new PrefixExpandingExtractor(defaultField);

    private sealed class PrefixExpandingExtractor(string defaultField) : WeightedSpanTermExtractor(defaultField)
    {
        protected override void Extract(LuceneQuery query, IDictionary<string, WeightedSpanTerm> terms)
        {
            if (query is not PrefixQuery prefix)
            {
                base.Extract(query, terms);
                return;
            }
            if (!FieldNameComparer(prefix.Prefix.Field)) return;
            var inText = GetLeafContext().AtomicReader.GetTerms(prefix.Prefix.Field);
            if (inText is null) return;
            var words = inText.GetEnumerator();
            var start = prefix.Prefix.Bytes;
            if (words.SeekCeil(start) == TermsEnum.SeekStatus.END) return;
            do
            {
                if (!StringHelper.StartsWith(words.Term, start)) break;
                string word = words.Term.Utf8ToString();
                if (!terms.ContainsKey(word)) terms[word] = new WeightedSpanTerm(query.Boost, word);
            }
            while (words.MoveNext());
        }
    }
}

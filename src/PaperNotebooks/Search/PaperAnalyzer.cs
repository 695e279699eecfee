using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace PaperNotebooks.Search;

/// <summary>
/// How each field is cut into terms. Title and abstract: standard words, possessives removed, compound names
/// split (<see cref="CompoundWordFilter"/>), lower case, accents folded, English stop words removed.
/// Authors and affiliations: standard words, lower case, accents folded, nothing removed
/// (<c>Sam Adé Jacobs</c> becomes <c>sam ade jacobs</c>; <c>An</c> is a surname).
/// </summary>
internal sealed class PaperAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Keeps one author's name from running into the next in phrase queries.</summary>
    private const int ValueGap = 100;

    public static PaperAnalyzer Instance { get; } = new();

    private PaperAnalyzer() : base(PER_FIELD_REUSE_STRATEGY) { }

    public static bool IsText(string field) => field is SearchFields.Title or SearchFields.Abstract or SearchFields.WholeWords;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = tokenizer;
        if (IsText(fieldName))
        {
            stream = new EnglishPossessiveFilter(Version, stream);
            if (fieldName != SearchFields.WholeWords) stream = new CompoundWordFilter(stream);
        }
        stream = new AsciiLowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (IsText(fieldName))
            stream = new StopFilter(Version, stream, StopAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new TokenStreamComponents(tokenizer, stream);
    }

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    /// <summary>The terms of <paramref name="text"/> in <paramref name="field"/>, in order, stacked parts included.</summary>
    public List<string> Terms(string field, string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}

using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace PaperNotebooks.Search.Scanning;

/// <summary>
/// How a scan answers one compiled query: the query as <see cref="ScanNode"/>s, the words each text field is analyzed
/// for, the quick tests every paper is put to, and the terms whose document frequencies score it. Null from
/// <see cref="Of"/> for a query of a shape the query compiler does not make (the index answers those).
/// </summary>
internal sealed class ScanPlan
{
    private readonly Dictionary<(string Field, string Term), TermStatistic> _terms = [];
    private readonly Dictionary<(TextField Field, string Word), int> _probeFlags = [];

    private ScanPlan() { }

    public ScanNode Root { get; private set; } = null!;

    /// <summary>Per text field, the words its analysis keeps; null for a field the query does not look in.</summary>
    public FieldQueryWords?[] Words { get; } = new FieldQueryWords?[ScanField.TextFields];

    /// <summary>Per text field, its quick tests; null when none.</summary>
    public WordProbes?[] Probes { get; } = new WordProbes?[ScanField.TextFields];

    /// <summary>How many flags each paper gets: one per quick test and per keyword term.</summary>
    public int Flags { get; private set; }

    public IReadOnlyCollection<TermStatistic> Terms => _terms.Values;

    public static ScanPlan? Of(LuceneQuery query)
    {
        var plan = new ScanPlan();
        var root = plan.Node(query, 1f);
        if (root is null) return null;
        plan.Root = root;
        return plan;
    }

    private ScanNode? Node(LuceneQuery query, float parentBoost)
    {
        float boost = parentBoost * query.Boost;
        switch (query)
        {
            case BooleanQuery boolean when boolean.MinimumNumberShouldMatch == 0:
                var clauses = new List<(ScanNode, Occur)>();
                foreach (var clause in boolean.Clauses)
                {
                    if (Node(clause.Query, boost) is not { } node) return null;
                    clauses.Add((node, clause.Occur));
                }
                return new BooleanNode(boost, clauses);
            case TermQuery term when ScanField.Text(term.Term.Field) is { } field:
                return new TextTermNode(boost, TextTerm(field, term.Term.Text));
            case TermQuery term when ScanField.IsKeyword(term.Term.Field):
                return new KeywordNode(boost, Keyword(term.Term.Field, term.Term.Text));
            case PhraseQuery phrase when phrase.Slop == 0 && phrase.GetTerms().Length > 0 && ScanField.Text(phrase.GetTerms()[0].Field) is { } field:
                return new PhraseNode(boost, field, phrase.GetPositions(), [.. phrase.GetTerms().Select(t => new[] { TextTerm(field, t.Text) })]);
            case MultiPhraseQuery phrase when phrase.Slop == 0 && phrase.GetTermArrays().Count > 0
                    && ScanField.Text(phrase.GetTermArrays()[0][0].Field) is { } field:
                return new PhraseNode(boost, field, phrase.GetPositions(),
                    [.. phrase.GetTermArrays().Select(choices => choices.Select(t => TextTerm(field, t.Text)).ToArray())]);
            case PrefixQuery prefix when ScanField.Text(prefix.Prefix.Field) is { } field:
                return new PrefixNode(boost, field, WordsOf(field).Prefix(prefix.Prefix.Text), Probe(field, prefix.Prefix.Text));
            case PrefixQuery prefix when ScanField.IsKeyword(prefix.Prefix.Field):
                string fieldName = prefix.Prefix.Field, start = prefix.Prefix.Text;
                return new ConstantNode(boost, paper => ScanField.HasKeyword(paper.Paper, fieldName, start, prefix: true, paper.Categories));
            case NumericRangeQuery<int> years when years.Field == SearchFields.Year:
                int from = years.Min is { } min ? (years.IncludesMin ? min : min + 1) : int.MinValue;
                int to = years.Max is { } max ? (years.IncludesMax ? max : max - 1) : int.MaxValue;
                return new ConstantNode(boost, paper => paper.Paper.Published.Year >= from && paper.Paper.Published.Year <= to);
            case ConstantScoreQuery { Filter: PositionsQuery.PositionsFilter positions }:
                var sorted = positions.Positions;
                return new ConstantNode(boost, paper => Array.BinarySearch(sorted, paper.Position) >= 0);
            case MatchAllDocsQuery:
                return new ConstantNode(boost, _ => true);
            default:
                return null;
        }
    }

    private FieldQueryWords WordsOf(TextField field) => Words[(int)field] ??= new FieldQueryWords(field);

    private int Probe(TextField field, string word)
    {
        if (_probeFlags.TryGetValue((field, word), out int flag)) return flag;
        flag = Flags++;
        (Probes[(int)field] ??= new WordProbes(field)).Add(word, flag);
        _probeFlags[(field, word)] = flag;
        return flag;
    }

    private TermStatistic TextTerm(TextField field, string term)
    {
        string name = ScanField.Name(field);
        if (!_terms.TryGetValue((name, term), out var statistic))
            _terms[(name, term)] = statistic = new TermStatistic(name, term, Probe(field, term), field, WordsOf(field).Slot(term));
        return statistic;
    }

    private TermStatistic Keyword(string field, string term)
    {
        if (!_terms.TryGetValue((field, term), out var statistic))
            _terms[(field, term)] = statistic = new TermStatistic(field, term, Flags++, null, -1);
        return statistic;
    }
}

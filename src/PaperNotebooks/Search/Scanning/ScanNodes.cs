using Lucene.Net.Search;
using PaperNotebooks.Model;

namespace PaperNotebooks.Search.Scanning;

/// <summary>One paper as a scan reads it: the quick tests' answers, and each text field analyzed when first needed.</summary>
internal sealed class ScannedPaper(ScanPlan plan)
{
    private readonly FieldWords?[] _words = [.. plan.Words.Select(w => w is null ? null : new FieldWords(w))];
    private readonly bool[] _read = new bool[ScanField.TextFields];

    public Paper Paper { get; private set; } = null!;

    public int Position { get; private set; }

    /// <summary>The quick tests' answers (<see cref="WordProbes"/>) and the keyword terms held, by slot.</summary>
    public bool[] Flags { get; } = new bool[plan.Flags];

    public HashSet<string> Categories { get; } = [];

    /// <summary>Scratch space for a phrase's possible starts (a node is shared by the scanning threads, this is not).</summary>
    public List<int> Starts { get; } = [];

    public void Reset(Paper paper, int position)
    {
        (Paper, Position) = (paper, position);
        Array.Clear(_read);
    }

    public FieldWords Words(TextField field)
    {
        var words = _words[(int)field]!;
        if (!_read[(int)field])
        {
            words.Read(Paper);
            _read[(int)field] = true;
        }
        return words;
    }
}

/// <summary>A term whose document frequency scores the query (idf): counted exactly, or estimated by a scan.</summary>
internal sealed class TermStatistic(string field, string term, int flag, TextField? text, int wordSlot)
{
    public string Field { get; } = field;
    public string Term { get; } = term;
    /// <summary>The slot of the paper's flags that says it may hold the term (or, for keywords, that it does).</summary>
    public int Flag { get; } = flag;
    /// <summary>Null for a keyword field, whose flag is exact.</summary>
    public TextField? Text { get; } = text;
    public int WordSlot { get; } = wordSlot;
    public long DocumentFrequency { get; set; }
}

/// <summary>
/// A compiled Lucene query as a scan evaluates it on one paper at a time: the same matches as the index, and BM25
/// scores from the same formula (<see cref="Bm25"/>), with each boost multiplied down the tree as Lucene does.
/// </summary>
/// <remarks>Nodes are shared by the threads of a scan: whatever changes from paper to paper is in <see cref="ScannedPaper"/>.</remarks>
internal abstract class ScanNode(float boost)
{
    /// <summary>The product of this query's boost and its parents'.</summary>
    public float Boost { get; } = boost;

    /// <summary>False when the quick tests rule the paper out; true says only that it may match.</summary>
    public abstract bool MayMatch(ScannedPaper paper);

    public abstract bool Matches(ScannedPaper paper, out float score);

    /// <summary>Fixes the weights once the document frequencies and average lengths are known.</summary>
    public virtual void Weigh(ScanWeights weights) { }
}

/// <summary>What scores depend on beyond one paper: the number of papers, idf, and each field's length norms.</summary>
internal sealed class ScanWeights(long documents, Func<TextField, float[]> norms)
{
    public long Documents { get; } = documents;

    public float Idf(TermStatistic term) => Bm25.Instance.IdfOf(term.DocumentFrequency, Documents);

    public float[] Norms(TextField field) => norms(field);
}

internal sealed class BooleanNode(float boost, IReadOnlyList<(ScanNode Node, Occur Occur)> clauses) : ScanNode(boost)
{
    // Arrays, read with for loops: a scan asks every paper, and an enumerator a call would be millions of allocations.
    private readonly ScanNode[] _required = [.. clauses.Where(c => c.Occur == Occur.MUST).Select(c => c.Node)];
    private readonly ScanNode[] _excluded = [.. clauses.Where(c => c.Occur == Occur.MUST_NOT).Select(c => c.Node)];
    private readonly ScanNode[] _optional = [.. clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => c.Node)];

    public override bool MayMatch(ScannedPaper paper)
    {
        for (int i = 0; i < _required.Length; i++)
            if (!_required[i].MayMatch(paper)) return false;
        if (_required.Length > 0) return true;
        for (int i = 0; i < _optional.Length; i++)
            if (_optional[i].MayMatch(paper)) return true;
        return false;
    }

    public override bool Matches(ScannedPaper paper, out float score)
    {
        score = 0;
        for (int i = 0; i < _required.Length; i++)
        {
            if (!_required[i].Matches(paper, out float part)) return false;
            score += part;
        }
        for (int i = 0; i < _excluded.Length; i++)
            if (_excluded[i].MayMatch(paper) && _excluded[i].Matches(paper, out _)) return false;
        bool anyOptional = false;
        for (int i = 0; i < _optional.Length; i++)
        {
            if (!_optional[i].MayMatch(paper) || !_optional[i].Matches(paper, out float part)) continue;
            anyOptional = true;
            score += part;
        }
        return _required.Length > 0 || anyOptional;
    }

    public override void Weigh(ScanWeights weights)
    {
        foreach (var node in _required.Concat(_excluded).Concat(_optional)) node.Weigh(weights);
    }
}

/// <summary>A term in a text field, scored by BM25 from its frequency and the field's length.</summary>
internal sealed class TextTermNode(float boost, TermStatistic term) : ScanNode(boost)
{
    private float _weight;
    private float[] _norms = [];

    public override bool MayMatch(ScannedPaper paper) => paper.Flags[term.Flag];

    public override bool Matches(ScannedPaper paper, out float score)
    {
        var words = paper.Words(term.Text!.Value);
        int frequency = words.Positions(term.WordSlot).Count;
        score = frequency == 0 ? 0 : _weight * frequency / (frequency + _norms[Bm25.Instance.LengthByte(words.NormLength)]);
        return frequency > 0;
    }

    public override void Weigh(ScanWeights weights)
    {
        _weight = weights.Idf(term) * Boost * (Bm25.Instance.K1 + 1);
        _norms = weights.Norms(term.Text!.Value);
    }
}

/// <summary>A keyword (<c>cat:</c>, <c>arxiv:</c>, <c>doi:</c>, <c>has:</c>): no length, so BM25 gives idf times the boost.</summary>
internal sealed class KeywordNode(float boost, TermStatistic term) : ScanNode(boost)
{
    private float _score;

    public override bool MayMatch(ScannedPaper paper) => paper.Flags[term.Flag];

    public override bool Matches(ScannedPaper paper, out float score)
    {
        score = _score;
        return paper.Flags[term.Flag];
    }

    public override void Weigh(ScanWeights weights)
    {
        // Lucene without norms: weight * (k1 + 1) * freq / (freq + k1), with freq 1.
        float k1 = Bm25.Instance.K1;
        _score = weights.Idf(term) * Boost * (k1 + 1) * 1 / (1 + k1);
    }
}

/// <summary>
/// Words in a row (a phrase, or a word the analyzer cut in parts): at each offset one of the alternatives, all at
/// their offsets from one start. Scored as Lucene scores an exact phrase: the idfs of all its terms summed, and the
/// number of places it stands as the frequency.
/// </summary>
internal sealed class PhraseNode(float boost, TextField field, int[] offsets, TermStatistic[][] alternatives) : ScanNode(boost)
{
    private float _weight;
    private float[] _norms = [];
    public override bool MayMatch(ScannedPaper paper)
    {
        foreach (var choices in alternatives)
        {
            bool any = false;
            foreach (var term in choices) any |= paper.Flags[term.Flag];
            if (!any) return false;
        }
        return true;
    }

    public override bool Matches(ScannedPaper paper, out float score)
    {
        score = 0;
        var words = paper.Words(field);
        var starts = paper.Starts;
        starts.Clear();
        foreach (var term in alternatives[0])
            foreach (int position in words.Positions(term.WordSlot)) starts.Add(position - offsets[0]);
        if (starts.Count == 0) return false;
        starts.Sort();
        int frequency = 0, previous = int.MinValue;
        foreach (int start in starts)
        {
            if (start == previous) continue;
            previous = start;
            bool all = true;
            for (int k = 1; k < offsets.Length && all; k++)
            {
                bool here = false;
                foreach (var term in alternatives[k]) here |= words.Positions(term.WordSlot).BinarySearch(start + offsets[k]) >= 0;
                all = here;
            }
            if (all) frequency++;
        }
        if (frequency == 0) return false;
        score = _weight * frequency / (frequency + _norms[Bm25.Instance.LengthByte(words.NormLength)]);
        return true;
    }

    public override void Weigh(ScanWeights weights)
    {
        float idf = 0;
        foreach (var choices in alternatives)
            foreach (var term in choices) idf += weights.Idf(term);
        _weight = idf * Boost * (Bm25.Instance.K1 + 1);
        _norms = weights.Norms(field);
    }
}

/// <summary>A <c>prefix*</c> in a text field: constant score, as Lucene rewrites it.</summary>
internal sealed class PrefixNode(float boost, TextField field, int prefixSlot, int flag) : ScanNode(boost)
{
    public override bool MayMatch(ScannedPaper paper) => paper.Flags[flag];

    public override bool Matches(ScannedPaper paper, out float score)
    {
        score = Boost;
        return paper.Words(field).HasPrefix(prefixSlot);
    }
}

/// <summary>A test read straight off the paper (<c>year:</c>, <c>id:</c>, a keyword prefix, every paper): constant score.</summary>
internal sealed class ConstantNode(float boost, Func<ScannedPaper, bool> test) : ScanNode(boost)
{
    public override bool MayMatch(ScannedPaper paper) => test(paper);

    public override bool Matches(ScannedPaper paper, out float score)
    {
        score = Boost;
        return test(paper);
    }
}

using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using PaperNotebooks.Merging;

namespace PaperNotebooks.Model;

/// <summary>
/// A loaded set of papers in listing order, with lookup by id. A filtered collection (<see cref="Where"/>, a
/// <c>PaperFilter</c>) is a view: the rows it keeps of the same papers, sharing the set's id map, not a copy.
/// State derived from the papers (the search index, phrase statistics) is built once per collection on first use and
/// owned by it; <see cref="ReleaseDerivedState"/> lets it go.
/// </summary>
public sealed class PaperCollection : IReadOnlyList<Paper>
{
    private readonly Paper[] _papers;
    private readonly IdIndex _rowById;

    // Null for the whole set; otherwise the rows of _papers this view holds, in its order, and which rows those are.
    private readonly int[]? _rows;
    private readonly BitArray? _member;

    private readonly ConcurrentDictionary<Type, Lazy<object>> _derived = new();
    private readonly PaperDuplicates _duplicates;

    public PaperCollection(IEnumerable<Paper> papers, string? source = null) : this(papers, source, [])
    {
    }

    internal PaperCollection(IEnumerable<Paper> papers, string? source, IReadOnlyList<PaperDuplicate> duplicates)
    {
        _duplicates = duplicates.Count == 0 ? PaperDuplicates.None : new(duplicates);
        _papers = papers.ToArray();
        var rows = _papers;
        _rowById = new IdIndex(row => rows[row].Id, _papers.Length);
        for (int row = 0; row < _papers.Length; row++)
        {
            if (!_rowById.TryAdd(_papers[row].Id, IdIndex.Hash(_papers[row].Id), row))
                throw new ArgumentException($"Two papers share the id '{_papers[row].Id}'.", nameof(papers));
        }
        Source = source;
    }

    private PaperCollection(Paper[] papers, IdIndex rowById, string? source)
    {
        _duplicates = PaperDuplicates.None;
        _papers = papers;
        _rowById = rowById;
        Source = source;
    }

    /// <summary>A collection of <paramref name="papers"/>, whose ids <paramref name="rowById"/> maps to their rows
    /// (ignoring case, every id once, through <paramref name="papers"/>): built by <see cref="PaperKey.UniqueIds(IEnumerable{Paper}, int, string?)"/>,
    /// which has the map already.</summary>
    internal static PaperCollection WithRows(Paper[] papers, IdIndex rowById, string? source) => new(papers, rowById, source);

    private PaperCollection(PaperCollection parent, int[] rows)
    {
        _papers = parent._papers;
        _rowById = parent._rowById;
        _rows = rows;
        _duplicates = parent._duplicates;
        _member = new BitArray(_papers.Length);
        foreach (int row in rows) _member[row] = true;
        Source = parent.Source;
    }

    public static PaperCollection Empty { get; } = new([]);

    /// <summary>The same object for a set and every view of it: a key for what is kept beside the set.</summary>
    internal object SetKey => _papers;

    /// <summary>How many papers the set this collection is or views has.</summary>
    internal int SetCount => _papers.Length;

    /// <summary>The row of the set that holds the paper at <paramref name="position"/> of this collection.</summary>
    internal int RowAt(int position) => _rows is null ? position : _rows[position];

    /// <summary>
    /// These papers and <paramref name="others"/>' in one collection, copies of a paper merged as when files are loaded
    /// together (same arXiv id, DOI, or title, first author and year): papers fetched from arXiv with a loaded
    /// <c>.bib</c>, say. <see cref="Duplicates"/> of the result lists what was merged.
    /// </summary>
    public PaperCollection MergedWith(params PaperCollection[] others)
    {
        var papers = new List<Paper>(this);
        foreach (var other in others) papers.AddRange(other);
        string? source = string.Join(" ", new[] { Source }.Concat(others.Select(o => o.Source)).Where(s => !string.IsNullOrEmpty(s)));
        return Merging.PaperMerger.Collect(papers, source.Length == 0 ? null : source);
    }

    /// <summary>The papers of this collection that were read more than once (from several sources, or twice in one) and
    /// merged, with their copies and why they matched; empty for papers read from one file without repeats.</summary>
    public PaperDuplicates Duplicates() =>
        _rows is null ? _duplicates : new([.. _duplicates.Where(d => TryGetById(d.Merged.Id, out _))]);

    /// <summary>Where the papers came from (a file path), when known.</summary>
    public string? Source { get; }

    public int Count => _rows?.Length ?? _papers.Length;

    public Paper this[int index] => _rows is null ? _papers[index] : _papers[_rows[index]];

    /// <summary>The paper with this id (case-insensitive).</summary>
    public Paper this[string id] =>
        TryGetById(id, out var paper) ? paper : throw new KeyNotFoundException($"No paper has the id '{id}'.");

    public bool TryGetById(string id, [NotNullWhen(true)] out Paper? paper)
    {
        bool found = _rowById.TryGetRow(id, out int row) && (_member is null || _member[row]);
        paper = found ? _papers[row] : null;
        return found;
    }

    /// <summary>Where the paper with this id (case-insensitive) stands in this collection.</summary>
    internal bool TryGetPosition(string id, out int position)
    {
        position = -1;
        if (!_rowById.TryGetRow(id, out int row) || (_member is not null && !_member[row])) return false;
        position = _rows is null ? row : Array.IndexOf(_rows, row);
        return position >= 0;
    }

    public PaperCollection Where(Func<Paper, bool> predicate) => View(Rows().Where(row => predicate(_papers[row])).ToArray());

    /// <summary>The papers at these positions of this collection, in this order: a view of the same set.</summary>
    public PaperCollection Subset(IEnumerable<int> positions) =>
        View(positions.Select(i => _rows is null ? Checked(i, _papers.Length) : _rows[Checked(i, _rows.Length)]).ToArray());

    private static int Checked(int index, int count) => (uint)index < (uint)count ? index : throw new ArgumentOutOfRangeException(nameof(index));

    private PaperCollection View(int[] rows) => new(this, rows);

    private IEnumerable<int> Rows() => _rows ?? Enumerable.Range(0, _papers.Length);

    /// <summary>State derived from these papers, built by <paramref name="build"/> on first use (once, whichever thread
    /// asks first; others wait) and kept until <see cref="ReleaseDerivedState"/>. One value per type. A build that
    /// fails (an interrupted C# cell, say) is forgotten, so that the next use builds again rather than rethrowing the
    /// same failure for ever.</summary>
    internal T Derived<T>(Func<PaperCollection, T> build) where T : class
    {
        var lazy = _derived.GetOrAdd(typeof(T), _ => new Lazy<object>(() => build(this), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return (T)lazy.Value;
        }
        catch
        {
            _derived.TryRemove(new KeyValuePair<Type, Lazy<object>>(typeof(T), lazy));
            throw;
        }
    }

    /// <summary>The value <see cref="Derived{T}"/> built, when it is built already; never builds or waits.</summary>
    internal bool TryGetDerived<T>([NotNullWhen(true)] out T? value) where T : class
    {
        value = _derived.TryGetValue(typeof(T), out var lazy) && lazy.IsValueCreated ? (T)lazy.Value : null;
        return value is not null;
    }

    /// <summary>True when <see cref="Derived{T}"/> has been asked for this value and is building it now.</summary>
    internal bool IsDeriving<T>() where T : class => _derived.TryGetValue(typeof(T), out var lazy) && !lazy.IsValueCreated;

    /// <summary>Disposes the search index and drops the phrase statistics built for this collection; the papers stay
    /// usable and rebuild them on next use. <c>#!paper load</c> calls it on the set a reload replaces, once any build
    /// it started has finished (a value still being built is not waited for here).</summary>
    public void ReleaseDerivedState()
    {
        foreach (var type in _derived.Keys.ToArray())
        {
            if (_derived.TryRemove(type, out var value) && value.IsValueCreated && value.Value is IDisposable disposable) disposable.Dispose();
        }
    }

    public IEnumerator<Paper> GetEnumerator() =>
        _rows is null ? ((IEnumerable<Paper>)_papers).GetEnumerator() : _rows.Select(row => _papers[row]).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Count} papers" + (Source is null ? "" : $" from {Path.GetFileName(Source)}");
}

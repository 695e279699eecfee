using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PaperNotebooks.Model;

/// <summary>A loaded set of papers in listing order, with lookup by id.</summary>
public sealed class PaperCollection : IReadOnlyList<Paper>
{
    private readonly Paper[] _papers;
    private readonly Dictionary<string, Paper> _byId;

    public PaperCollection(IEnumerable<Paper> papers, string? source = null)
    {
        _papers = papers.ToArray();
        _byId = new Dictionary<string, Paper>(_papers.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var paper in _papers)
        {
            if (!_byId.TryAdd(paper.Id, paper))
                throw new ArgumentException($"Two papers share the id '{paper.Id}'.", nameof(papers));
        }
        Source = source;
    }

    public static PaperCollection Empty { get; } = new([]);

    /// <summary>Where the papers came from (a file path), when known.</summary>
    public string? Source { get; }

    public int Count => _papers.Length;
    public Paper this[int index] => _papers[index];

    /// <summary>The paper with this id (case-insensitive).</summary>
    public Paper this[string id] =>
        _byId.TryGetValue(id, out var paper) ? paper : throw new KeyNotFoundException($"No paper has the id '{id}'.");

    public bool TryGetById(string id, [NotNullWhen(true)] out Paper? paper) => _byId.TryGetValue(id, out paper);

    public PaperCollection Where(Func<Paper, bool> predicate) => new(_papers.Where(predicate), Source);

    public IEnumerator<Paper> GetEnumerator() => ((IEnumerable<Paper>)_papers).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Count} papers" + (Source is null ? "" : $" from {Path.GetFileName(Source)}");
}

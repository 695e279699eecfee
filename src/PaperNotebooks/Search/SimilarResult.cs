using PaperNotebooks.Model;

namespace PaperNotebooks.Search;

/// <summary>The papers most like one paper by title and abstract, or why there are none.</summary>
public sealed record SimilarResult
{
    /// <summary>The id asked for, as typed.</summary>
    public required string Id { get; init; }

    /// <summary>The paper the others are like; null when <see cref="Error"/> is set.</summary>
    public Paper? Paper { get; init; }

    /// <summary>The most telling terms of <see cref="Paper"/> the likeness was measured by, best first.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>The most similar papers, most similar first; the paper itself is never among them.</summary>
    public IReadOnlyList<SimilarPaper> Similar { get; init; } = [];

    public QueryError? Error { get; init; }

    public bool Succeeded => Error is null;

    public override string ToString() => Error is null ? $"{Similar.Count} papers like {Id}" : Error.ToString();
}

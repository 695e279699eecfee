namespace PaperNotebooks.Sources;

/// <summary>
/// The first <c>max</c> diagnostics in the order they are added, and past them only a count per code and severity,
/// so that a listing of a million broken lines costs the memory of its papers, not of its diagnostics.
/// </summary>
internal sealed class DiagnosticList(int max)
{
    private readonly int _max = Math.Max(0, max);
    private readonly List<SourceDiagnostic> _kept = [];
    private readonly Dictionary<(string Code, DiagnosticSeverity Severity), int> _omitted = [];

    public IReadOnlyList<SourceDiagnostic> Kept => _kept;

    public IReadOnlyList<DiagnosticCount> Omitted =>
        [.. _omitted.OrderBy(c => c.Key.Code, StringComparer.Ordinal).ThenByDescending(c => c.Key.Severity)
            .Select(c => new DiagnosticCount(c.Key.Code, c.Key.Severity, c.Value))];

    /// <summary>True while the next diagnostic would be kept: past that, callers need not even write the message.</summary>
    public bool HasRoom => _kept.Count < _max;

    public void Add(SourceDiagnostic diagnostic)
    {
        if (HasRoom) _kept.Add(diagnostic);
        else Count(diagnostic.Code, diagnostic.Severity, 1);
    }

    public void AddOmitted(string code, DiagnosticSeverity severity) => Count(code, severity, 1);

    /// <summary>Appends <paramref name="later"/>, which comes after everything here: the kept ones of a block are
    /// all that can be among the first of the whole listing, so merging blocks in order gives sequential reading's list.</summary>
    public void AddRange(DiagnosticList later)
    {
        foreach (var diagnostic in later._kept) Add(diagnostic);
        foreach (var ((code, severity), count) in later._omitted) Count(code, severity, count);
    }

    /// <summary>Puts the kept diagnostics in line order again after a second pass added some late (stable for equal lines).</summary>
    public void SortKeptByLine()
    {
        var sorted = _kept.OrderBy(d => d.Line).ToList();
        _kept.Clear();
        _kept.AddRange(sorted);
    }

    private void Count(string code, DiagnosticSeverity severity, int count)
    {
        _omitted.TryGetValue((code, severity), out int before);
        _omitted[(code, severity)] = before + count;
    }
}

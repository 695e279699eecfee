using System.Text.Json;
using Microsoft.Data.Analysis;

namespace PaperNotebooks.Model;

/// <summary>One field of <see cref="PaperSchema"/>: its export name, its DataFrame columns, and how to get and set it.</summary>
public abstract class PaperField
{
    private protected PaperField(string name, bool required)
    {
        Name = name;
        Required = required;
        EncodedName = JsonEncodedText.Encode(name);
    }

    /// <summary>The JSON property and CSV header of the field (<c>authorsTruncated</c>).</summary>
    public string Name { get; }

    /// <summary>True when a reader must find the field: a paper without it is not read.</summary>
    public bool Required { get; }

    /// <summary>The DataFrame columns the field gives, in order (none, one, or one plus derived ones).</summary>
    public abstract IReadOnlyList<string> ColumnNames { get; }

    internal JsonEncodedText EncodedName { get; }

    internal abstract string Expected { get; }

    internal abstract void WriteJson(Utf8JsonWriter json, Paper paper);

    internal abstract string ToText(Paper paper);

    /// <summary>Sets the field from a JSON value that is present and not null; false when it has the wrong type.</summary>
    /// <summary>Reads the field's value into <paramref name="unshared"/>, a paper no one else holds yet
    /// (<see cref="PaperSchema.Unshared"/>); false when the value is not of the field's kind.</summary>
    internal abstract bool TryReadJson(JsonElement value, Paper unshared);

    /// <summary>Sets the field from a CSV field; false when the text is not a value of the field's kind.</summary>
    /// <summary>Like <see cref="TryReadJson"/>, from the field's text (a CSV cell).</summary>
    internal abstract bool TryParseText(string text, Paper unshared);

    /// <summary>How each of the field's DataFrame columns is built for <paramref name="rows"/>, in order.</summary>
    internal abstract IEnumerable<ColumnBuild> Columns(IReadOnlyList<Paper> rows);
}

/// <summary>
/// How one DataFrame column is built: from values taken paper by paper (<see cref="Fill"/>: the frame takes every
/// column's values in one pass over the papers, each paper visited once rather than once per column, which for a
/// million papers spread over the heap is most of the time), or by a builder of its own that reads the rows itself.
/// </summary>
internal sealed class ColumnBuild
{
    private ColumnBuild(IColumnValues? fill, Func<DataFrameColumn>? build) => (Fill, _build) = (fill, build);

    private readonly Func<DataFrameColumn>? _build;

    /// <summary>The values to take paper by paper before <see cref="Build"/>; null for a column that reads the rows itself.</summary>
    public IColumnValues? Fill { get; }

    public static ColumnBuild Of<T>(string name, int rows, Func<Paper, T> get, Func<string, IEnumerable<T>, DataFrameColumn> column) =>
        new(new ColumnValues<T>(name, rows, get, column), null);

    public static ColumnBuild Reading(Func<DataFrameColumn> build) => new(null, build);

    public DataFrameColumn Build() => Fill is { } fill ? fill.Build() : _build!();
}

/// <summary>A column's values, set row by row (from several threads, each its own rows), then made a column.</summary>
internal interface IColumnValues
{
    void Set(int row, Paper paper);

    DataFrameColumn Build();
}

internal sealed class ColumnValues<T>(string name, int rows, Func<Paper, T> get, Func<string, IEnumerable<T>, DataFrameColumn> column) : IColumnValues
{
    private readonly T[] _values = new T[rows];

    public void Set(int row, Paper paper) => _values[row] = get(paper);

    public DataFrameColumn Build() => column(name, _values);
}

/// <summary>A field holding values of <typeparamref name="T"/>.</summary>
internal sealed class PaperField<T> : PaperField
{
    private readonly PaperFieldKind<T> _kind;
    private readonly Func<Paper, T> _get;
    private readonly Action<Paper, T> _setUnshared;
    private readonly string? _column;
    private readonly (string Name, Func<string, IReadOnlyList<Paper>, ColumnBuild> Build)[] _derived;

    /// <param name="column">The DataFrame column of the field itself; null for none.</param>
    /// <param name="derived">Columns computed from the field that follow its own.</param>
    public PaperField(
        string name, PaperFieldKind<T> kind, Func<Paper, T> get, string? column, bool required = false,
        params (string Name, Func<string, IReadOnlyList<Paper>, ColumnBuild> Build)[] derived)
        : base(name, required)
    {
        (_kind, _get, _column, _derived) = (kind, get, column, derived);
        _setUnshared = UnsharedSetter(name);
        ColumnNames = [.. column is null ? [] : new[] { column }, .. derived.Select(d => d.Name)];
    }

    public override IReadOnlyList<string> ColumnNames { get; }

    internal override string Expected => _kind.Expected;

    internal T Get(Paper paper) => _get(paper);

    internal override void WriteJson(Utf8JsonWriter json, Paper paper) => _kind.WriteJson(json, EncodedName, _get(paper));

    internal override string ToText(Paper paper) => _kind.ToText(_get(paper));

    internal override bool TryReadJson(JsonElement value, Paper unshared)
    {
        if (!_kind.TryReadJson(value, out var result)) return false;
        _setUnshared(unshared, result);
        return true;
    }

    internal override bool TryParseText(string text, Paper unshared)
    {
        if (!_kind.TryParseText(text, out var result)) return false;
        _setUnshared(unshared, result);
        return true;
    }

    /// <summary>
    /// The init accessor of <see cref="Paper"/>'s property for the field (<c>title</c>: <c>Title</c>), to call on a paper
    /// no one else holds yet, as a reader fills it in: a paper read field by field is then one object, where setting
    /// each field with <c>with</c> made a copy of it for every field (20 a paper, half of what reading a JSON export
    /// allocated).
    /// </summary>
    private static Action<Paper, T> UnsharedSetter(string name)
    {
        string property = char.ToUpperInvariant(name[0]) + name[1..];
        var setter = typeof(Paper).GetProperty(property)?.SetMethod
            ?? throw new InvalidOperationException($"The field '{name}' names no settable property {property} of Paper.");
        return setter.CreateDelegate<Action<Paper, T>>();
    }

    internal override IEnumerable<ColumnBuild> Columns(IReadOnlyList<Paper> rows)
    {
        if (_column is string column) yield return _kind.Build(column, rows.Count, _get);
        foreach (var (name, build) in _derived) yield return build(name, rows);
    }
}

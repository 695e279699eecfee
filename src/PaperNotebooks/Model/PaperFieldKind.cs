using System.Text.Json;
using Microsoft.Data.Analysis;

namespace PaperNotebooks.Model;

/// <summary>How values of one type are written and read in JSON and CSV, and held in a DataFrame column.</summary>
internal abstract class PaperFieldKind<T>
{
    /// <summary>The value a field has when a source leaves it out.</summary>
    public virtual T Missing => default!;

    public abstract void WriteJson(Utf8JsonWriter json, JsonEncodedText name, T value);

    /// <summary>Reads a JSON value that is present and not null; false when it has the wrong type.</summary>
    public abstract bool TryReadJson(JsonElement value, out T result);

    public abstract string ToText(T value);

    public abstract bool TryParseText(string text, out T result);

    public abstract DataFrameColumn Column(string name, IEnumerable<T> values);

    /// <summary>How the column of a field of this kind is built: its values taken paper by paper, then
    /// <see cref="Column"/>. A kind whose column holds something else than the value (a list joined into text) takes
    /// that instead, so the work is done in the pass over the papers, on every core.</summary>
    public virtual ColumnBuild Build(string name, int rows, Func<Paper, T> get) => ColumnBuild.Of(name, rows, get, Column);

    /// <summary>What a value of this kind should be, for diagnostics: "should be {Expected}".</summary>
    public abstract string Expected { get; }
}

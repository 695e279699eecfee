using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Analysis;

namespace PaperNotebooks.Model;

/// <summary>The kinds of the paper schema.</summary>
internal static class PaperFieldKinds
{
    public const string DateFormat = "yyyy-MM-dd";

    public static readonly PaperFieldKind<string> PlainText = new TextKind();
    public static readonly PaperFieldKind<string?> OptionalText = new OptionalTextKind();
    public static readonly PaperFieldKind<bool> Flag = new FlagKind();
    public static readonly PaperFieldKind<int> Number = new NumberKind();
    public static readonly PaperFieldKind<double?> Score = new ScoreKind();
    public static readonly PaperFieldKind<DateOnly> Date = new DateKind();
    public static readonly PaperFieldKind<DateOnly?> OptionalDate = new OptionalDateKind();
    /// <summary>Names joined with "; " in CSV and in a DataFrame.</summary>
    public static readonly PaperFieldKind<IReadOnlyList<string>> People = new ListKind("; ");
    /// <summary>URLs joined with a space in CSV.</summary>
    public static readonly PaperFieldKind<IReadOnlyList<string>> Urls = new ListKind(" ");
    /// <summary>Categories joined with "; ": arXiv codes have no spaces, but a topic from OpenAlex is a name (<c>Computer Vision</c>).</summary>
    public static readonly PaperFieldKind<IReadOnlyList<string>> Codes = new ListKind("; ");

    private sealed class TextKind : PaperFieldKind<string>
    {
        public override string Missing => "";
        public override string Expected => "a string";
        public override void WriteJson(Utf8JsonWriter json, JsonEncodedText name, string value) => json.WriteString(name, value);
        public override bool TryReadJson(JsonElement value, out string result) => TryString(value, out result);
        public override string ToText(string value) => value;
        public override bool TryParseText(string text, out string result) { result = text; return true; }
        public override DataFrameColumn Column(string name, IEnumerable<string> values) => new StringDataFrameColumn(name, values);
    }

    private sealed class OptionalTextKind : PaperFieldKind<string?>
    {
        public override string Expected => "a string";
        public override void WriteJson(Utf8JsonWriter json, JsonEncodedText name, string? value) => json.WriteString(name, value);
        public override bool TryReadJson(JsonElement value, out string? result)
        {
            bool ok = TryString(value, out var text);
            result = text;
            return ok;
        }
        public override string ToText(string? value) => value ?? "";
        public override bool TryParseText(string text, out string? result) { result = text.Length == 0 ? null : text; return true; }
        public override DataFrameColumn Column(string name, IEnumerable<string?> values) => new StringDataFrameColumn(name, values);
    }

    private sealed class FlagKind : PaperFieldKind<bool>
    {
        public override string Expected => "true or false";
        public override void WriteJson(Utf8JsonWriter json, JsonEncodedText name, bool value) => json.WriteBoolean(name, value);
        public override bool TryReadJson(JsonElement value, out bool result)
        {
            result = value.ValueKind == JsonValueKind.True;
            return value.ValueKind is JsonValueKind.True or JsonValueKind.False;
        }
        public override string ToText(bool value) => value ? "true" : "false";
        public override bool TryParseText(string text, out bool result) => bool.TryParse(text, out result);
        public override DataFrameColumn Column(string name, IEnumerable<bool> values) => new BooleanDataFrameColumn(name, values);
    }

    private sealed class NumberKind : PaperFieldKind<int>
    {
        public override string Expected => "a whole number";
        public override void WriteJson(Utf8JsonWriter json, JsonEncodedText name, int value) => json.WriteNumber(name, value);
        public override bool TryReadJson(JsonElement value, out int result)
        {
            result = 0;
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out result);
        }
        public override string ToText(int value) => value.ToString(CultureInfo.InvariantCulture);
        public override bool TryParseText(string text, out int result) =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out result);
        public override DataFrameColumn Column(string name, IEnumerable<int> values) => new Int32DataFrameColumn(name, values);
    }

    private sealed class ScoreKind : PaperFieldKind<double?>
    {
        public override string Expected => "a number";
        // JSON has no NaN or infinity; a score that is not a number is written as no score.
        public override void WriteJson(Utf8JsonWriter json, JsonEncodedText name, double? value)
        {
            if (value is { } score && double.IsFinite(score)) json.WriteNumber(name, score);
            else json.WriteNull(name);
        }
        public override bool TryReadJson(JsonElement value, out double? result)
        {
            result = null;
            if (value.ValueKind != JsonValueKind.Number) return false;
            result = value.GetDouble();
            return true;
        }
        public override string ToText(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
        public override bool TryParseText(string text, out double? result)
        {
            result = null;
            if (text.Length == 0) return true;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var score)) return false;
            result = score;
            return true;
        }
        public override DataFrameColumn Column(string name, IEnumerable<double?> values) => new DoubleDataFrameColumn(name, values);
    }

    private sealed class DateKind : PaperFieldKind<DateOnly>
    {
        public override string Expected => "a yyyy-MM-dd date";
        public override void WriteJson(Utf8JsonWriter json, JsonEncodedText name, DateOnly value) => json.WriteString(name, ToText(value));
        public override bool TryReadJson(JsonElement value, out DateOnly result)
        {
            result = default;
            return value.ValueKind == JsonValueKind.String && TryParseText(value.GetString()!, out result);
        }
        public override string ToText(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);
        public override bool TryParseText(string text, out DateOnly result) =>
            DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out result);
        public override DataFrameColumn Column(string name, IEnumerable<DateOnly> values) =>
            new DateTimeDataFrameColumn(name, values.Select(date => (DateTime?)date.ToDateTime(TimeOnly.MinValue)));
    }

    private sealed class OptionalDateKind : PaperFieldKind<DateOnly?>
    {
        public override string Expected => "a yyyy-MM-dd date";
        public override void WriteJson(Utf8JsonWriter json, JsonEncodedText name, DateOnly? value)
        {
            if (value is { } date) json.WriteString(name, ToText(date));
            else json.WriteNull(name);
        }
        public override bool TryReadJson(JsonElement value, out DateOnly? result)
        {
            result = null;
            if (!Date.TryReadJson(value, out var date)) return false;
            result = date;
            return true;
        }
        public override string ToText(DateOnly? value) => value is { } date ? Date.ToText(date) : "";
        public override bool TryParseText(string text, out DateOnly? result)
        {
            result = null;
            if (text.Length == 0) return true;
            if (!Date.TryParseText(text, out var date)) return false;
            result = date;
            return true;
        }
        public override DataFrameColumn Column(string name, IEnumerable<DateOnly?> values) =>
            new DateTimeDataFrameColumn(name, values.Select(date => date?.ToDateTime(TimeOnly.MinValue)));
    }

    private sealed class ListKind(string separator) : PaperFieldKind<IReadOnlyList<string>>
    {
        public override IReadOnlyList<string> Missing => ValueList<string>.Empty;
        public override string Expected => "an array of strings";
        public override void WriteJson(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<string> value)
        {
            json.WriteStartArray(name);
            foreach (var item in value) json.WriteStringValue(item);
            json.WriteEndArray();
        }
        public override bool TryReadJson(JsonElement value, out IReadOnlyList<string> result)
        {
            result = Missing;
            if (value.ValueKind != JsonValueKind.Array) return false;
            var items = new List<string>(value.GetArrayLength());
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String) return false;
                items.Add(item.GetString()!);
            }
            result = items;
            return true;
        }
        public override string ToText(IReadOnlyList<string> value) => Text.Joined.Of(value, separator);
        public override bool TryParseText(string text, out IReadOnlyList<string> result)
        {
            result = text.Length == 0 ? Missing : text.Split(separator);
            return true;
        }
        public override DataFrameColumn Column(string name, IEnumerable<IReadOnlyList<string>> values) =>
            new StringDataFrameColumn(name, values.Select(ToText));

        public override ColumnBuild Build(string name, int rows, Func<Paper, IReadOnlyList<string>> get) =>
            ColumnBuild.Of(name, rows, paper => ToText(get(paper)), (column, texts) => new StringDataFrameColumn(column, texts));
    }

    private static bool TryString(JsonElement value, out string result)
    {
        result = value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
        return value.ValueKind == JsonValueKind.String;
    }
}

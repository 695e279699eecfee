using System.Globalization;
using System.Text.Json;
using PaperNotebooks.Model;

namespace PaperNotebooks.Export;

/// <summary>Reads back what <see cref="JsonPaperWriter"/> writes. Fields may come in any order; unknown fields are ignored.</summary>
internal static class JsonPaperReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static List<Paper> Read(TextReader reader)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(reader.ReadToEnd(), Options);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
                throw new FormatException("A JSON export of papers is an array of objects.");
            var papers = new List<Paper>(root.GetArrayLength());
            var index = 0;
            foreach (var element in root.EnumerateArray())
                papers.Add(ReadPaper(element, index++));
            return papers;
        }
    }

    private static Paper ReadPaper(JsonElement element, int index)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new FormatException($"Paper {index}: expected an object, found {element.ValueKind}.");
        var fields = new Fields(element, index);
        var published = fields.RequiredString(PaperFieldNames.Published);
        if (!DateOnly.TryParseExact(published, PaperFieldNames.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new FormatException($"Paper {index}: '{published}' is not a yyyy-MM-dd date.");

        return new Paper
        {
            Id = fields.RequiredString(PaperFieldNames.Id),
            Title = fields.RequiredString(PaperFieldNames.Title),
            Authors = fields.Strings(PaperFieldNames.Authors),
            AuthorsTruncated = fields.Boolean(PaperFieldNames.AuthorsTruncated),
            Affiliations = fields.Strings(PaperFieldNames.Affiliations),
            Category = fields.RequiredString(PaperFieldNames.Category),
            CategoryName = fields.OptionalString(PaperFieldNames.CategoryName),
            Published = date,
            YearInferred = fields.Boolean(PaperFieldNames.YearInferred),
            HasCode = fields.Boolean(PaperFieldNames.HasCode),
            CodeUrl = fields.OptionalString(PaperFieldNames.CodeUrl),
            Links = fields.Strings(PaperFieldNames.Links),
            Score = fields.OptionalDouble(PaperFieldNames.Score),
            Abstract = fields.RequiredString(PaperFieldNames.Abstract),
            Line = fields.Int32(PaperFieldNames.Line),
        };
    }

    /// <summary>Typed access to one paper object's fields, with errors that name the paper and field.</summary>
    private readonly struct Fields(JsonElement element, int index)
    {
        public string RequiredString(string name) =>
            OptionalString(name) ?? throw Error(name, "is missing or null");

        public string? OptionalString(string name) => Get(name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } value => value.GetString(),
            _ => throw Error(name, "should be a string"),
        };

        public bool Boolean(string name) => Get(name) switch
        {
            null => false,
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            _ => throw Error(name, "should be true or false"),
        };

        public double? OptionalDouble(string name) => Get(name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.Number } value => value.GetDouble(),
            _ => throw Error(name, "should be a number"),
        };

        public int Int32(string name) => Get(name) switch
        {
            null => 0,
            { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number) => number,
            _ => throw Error(name, "should be a whole number"),
        };

        public IReadOnlyList<string> Strings(string name)
        {
            if (Get(name) is not { } value)
                return [];
            if (value.ValueKind != JsonValueKind.Array)
                throw Error(name, "should be an array of strings");
            var strings = new List<string>(value.GetArrayLength());
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                    throw Error(name, "should be an array of strings");
                strings.Add(item.GetString()!);
            }
            return strings;
        }

        // Null and absent mean the same: no value.
        private JsonElement? Get(string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

        private FormatException Error(string name, string problem) => new($"Paper {index}: '{name}' {problem}.");
    }
}

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
        var paper = PaperSchema.Blank;
        foreach (var field in PaperSchema.Fields)
        {
            // Null and absent mean the same: no value.
            if (!element.TryGetProperty(field.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (field.Required) throw new FormatException($"Paper {index}: '{field.Name}' is missing or null.");
                continue;
            }
            if (!field.TryReadJson(value, ref paper))
                throw new FormatException($"Paper {index}: '{field.Name}' should be {field.Expected}.");
        }
        return paper;
    }
}

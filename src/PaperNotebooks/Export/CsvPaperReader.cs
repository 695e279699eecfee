using System.Globalization;
using CsvHelper;
using PaperNotebooks.Model;

namespace PaperNotebooks.Export;

/// <summary>Reads back what <see cref="CsvPaperWriter"/> writes. Columns are found by header name, in any order.</summary>
internal static class CsvPaperReader
{
    public static List<Paper> Read(TextReader reader)
    {
        var papers = new List<Paper>();
        using var csv = CsvReader.Create(reader, CsvPaperFormat.ReaderOptions, leaveOpen: true);
        try
        {
            csv.ReadHeader();
            if (csv.Headers.Count == 0)
                return papers;
            var columns = Columns.Find(csv.Headers);
            while (csv.Read())
                papers.Add(ReadPaper(csv, columns));
        }
        catch (CsvFormatException e)
        {
            throw new FormatException($"Not a CSV export of papers (record {e.RecordNumber}): {e.Message}", e);
        }
        return papers;
    }

    private static Paper ReadPaper(CsvReader csv, Columns columns)
    {
        var row = csv.RowNumber;
        return new Paper
        {
            Id = csv.GetString(columns.Id),
            Title = csv.GetString(columns.Title),
            Authors = CsvPaperFormat.SplitPeople(csv.GetString(columns.Authors)),
            AuthorsTruncated = Boolean(csv.GetString(columns.AuthorsTruncated), PaperFieldNames.AuthorsTruncated, row),
            Affiliations = CsvPaperFormat.SplitPeople(csv.GetString(columns.Affiliations)),
            Category = csv.GetString(columns.Category),
            CategoryName = NullIfEmpty(csv.GetString(columns.CategoryName)),
            Published = Date(csv.GetString(columns.Published), row),
            YearInferred = Boolean(csv.GetString(columns.YearInferred), PaperFieldNames.YearInferred, row),
            HasCode = Boolean(csv.GetString(columns.HasCode), PaperFieldNames.HasCode, row),
            CodeUrl = NullIfEmpty(csv.GetString(columns.CodeUrl)),
            Links = CsvPaperFormat.SplitLinks(csv.GetString(columns.Links)),
            Score = Score(csv.GetString(columns.Score), row),
            Abstract = csv.GetString(columns.Abstract),
            Line = Line(csv.GetString(columns.Line), row),
        };
    }

    private static string? NullIfEmpty(string field) => field.Length == 0 ? null : field;

    private static bool Boolean(string field, string name, long row) =>
        bool.TryParse(field, out var value) ? value : throw Error(row, $"'{name}' should be true or false, not '{field}'");

    private static DateOnly Date(string field, long row) =>
        DateOnly.TryParseExact(field, PaperFieldNames.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(row, $"'{field}' is not a yyyy-MM-dd date");

    private static double? Score(string field, long row) =>
        field.Length == 0 ? null
        : double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) ? score
        : throw Error(row, $"score '{field}' is not a number");

    private static int Line(string field, long row) =>
        int.TryParse(field, NumberStyles.Integer, CultureInfo.InvariantCulture, out var line)
            ? line
            : throw Error(row, $"line '{field}' is not a whole number");

    private static FormatException Error(long row, string problem) => new($"Record {row}: {problem}.");

    /// <summary>Where each field is in the header.</summary>
    private sealed record Columns(
        int Id, int Title, int Authors, int AuthorsTruncated, int Affiliations, int Category, int CategoryName,
        int Published, int YearInferred, int HasCode, int CodeUrl, int Links, int Score, int Abstract, int Line)
    {
        public static Columns Find(IReadOnlyList<string> headers)
        {
            var header = headers.ToArray();
            var missing = PaperFieldNames.InOrder.Where(name => !header.Contains(name)).ToList();
            if (missing.Count > 0)
                throw new FormatException($"The CSV header lacks {string.Join(", ", missing)}.");
            int At(string name) => Array.IndexOf(header, name);
            return new Columns(
                At(PaperFieldNames.Id), At(PaperFieldNames.Title), At(PaperFieldNames.Authors),
                At(PaperFieldNames.AuthorsTruncated), At(PaperFieldNames.Affiliations), At(PaperFieldNames.Category),
                At(PaperFieldNames.CategoryName), At(PaperFieldNames.Published), At(PaperFieldNames.YearInferred),
                At(PaperFieldNames.HasCode), At(PaperFieldNames.CodeUrl), At(PaperFieldNames.Links),
                At(PaperFieldNames.Score), At(PaperFieldNames.Abstract), At(PaperFieldNames.Line));
        }
    }
}

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
            var columns = FindColumns(csv.Headers);
            while (csv.Read())
                papers.Add(ReadPaper(csv, columns));
        }
        catch (CsvFormatException e)
        {
            throw new FormatException($"Not a CSV export of papers (record {e.RecordNumber}): {e.Message}", e);
        }
        return papers;
    }

    private static Paper ReadPaper(CsvReader csv, int[] columns)
    {
        var paper = PaperSchema.Blank;
        for (int i = 0; i < columns.Length; i++)
        {
            var field = PaperSchema.Fields[i];
            string text = csv.GetString(columns[i]);
            if (!field.TryParseText(text, ref paper))
                throw new FormatException($"Record {csv.RowNumber}: '{field.Name}' should be {field.Expected}, not '{text}'.");
        }
        return paper;
    }

    /// <summary>Where each field of the schema is in the header.</summary>
    private static int[] FindColumns(IReadOnlyList<string> headers)
    {
        var header = headers.ToArray();
        var missing = PaperSchema.Names.Where(name => !header.Contains(name)).ToList();
        if (missing.Count > 0)
            throw new FormatException($"The CSV header lacks {string.Join(", ", missing)}.");
        return [.. PaperSchema.Names.Select(name => Array.IndexOf(header, name))];
    }
}

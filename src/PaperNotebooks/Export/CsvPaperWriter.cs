using System.Globalization;
using CsvHelper;
using PaperNotebooks.Model;

namespace PaperNotebooks.Export;

/// <summary>Writes papers as RFC 4180 CSV: a header row, then one row per paper, fields in <see cref="PaperFieldNames.InOrder"/>.</summary>
internal sealed class CsvPaperWriter : IPaperWriter
{
    public void Write(IEnumerable<Paper> papers, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, CsvPaperFormat.WriterOptions, leaveOpen: true);
        foreach (var name in PaperFieldNames.InOrder)
            csv.WriteField(name);
        csv.EndRecord();

        foreach (var paper in papers)
        {
            csv.WriteField(paper.Id);
            csv.WriteField(paper.Title);
            csv.WriteField(CsvPaperFormat.JoinPeople(paper.Authors));
            csv.WriteField(Boolean(paper.AuthorsTruncated));
            csv.WriteField(CsvPaperFormat.JoinPeople(paper.Affiliations));
            csv.WriteField(paper.Category);
            csv.WriteField(paper.CategoryName ?? "");
            csv.WriteField(paper.Published.ToString(PaperFieldNames.DateFormat, CultureInfo.InvariantCulture));
            csv.WriteField(Boolean(paper.YearInferred));
            csv.WriteField(Boolean(paper.HasCode));
            csv.WriteField(paper.CodeUrl ?? "");
            csv.WriteField(CsvPaperFormat.JoinLinks(paper.Links));
            csv.WriteField(paper.Score?.ToString("R", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(paper.Abstract);
            csv.WriteField(paper.Line.ToString(CultureInfo.InvariantCulture));
            csv.EndRecord();
        }
        csv.Flush();
    }

    private static string Boolean(bool value) => value ? "true" : "false";
}

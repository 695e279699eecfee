using CsvHelper;
using PaperNotebooks.Model;

namespace PaperNotebooks.Export;

/// <summary>Writes papers as RFC 4180 CSV: a header row, then one row per paper, fields in <see cref="PaperSchema.Fields"/> order.</summary>
internal sealed class CsvPaperWriter : IPaperWriter
{
    public void Write(IEnumerable<Paper> papers, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, CsvPaperFormat.WriterOptions, leaveOpen: true);
        foreach (var name in PaperSchema.Names)
            csv.WriteField(name);
        csv.EndRecord();

        foreach (var paper in papers)
        {
            foreach (var field in PaperSchema.Fields)
                csv.WriteField(field.ToText(paper));
            csv.EndRecord();
        }
        csv.Flush();
    }
}

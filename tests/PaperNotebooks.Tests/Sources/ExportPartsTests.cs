using System.Text;
using PaperNotebooks.Export;
using PaperNotebooks.Sources;
using PaperNotebooks.Sources.Csv;
using PaperNotebooks.Sources.Json;

namespace PaperNotebooks.Tests.Sources;

/// <summary>Our JSON and CSV exports read in parts on all cores give what one pass gives.</summary>
public sealed class ExportPartsTests
{
    [Theory]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Csv)]
    public void Parts_read_on_all_cores_give_what_one_pass_gives_on_exports_good_bad_and_mangled(ExportFormat format)
    {
        var random = new Random(2027 + (int)format);
        string export = PaperExport.ToString(TestPapers.Seed.Take(12).ToList(), format);
        var (source, onePass, name) = Reader(format);
        for (int round = 0; round < 400; round++)
        {
            var text = new StringBuilder(round % 3 == 0 ? export.Replace("\n", "\r\n") : export);
            if (format == ExportFormat.Json) JsonShapes(text, export, random, round);
            else CsvShapes(text, export, random, round);
            PartsEquivalence.Mangle(text, random, format == ExportFormat.Json ? "{}[],:\" \n\r\t/*0aé\\" : ",\"\n\r a1é-", random.Next(0, 4), longestCut: 11);
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            PartsEquivalence.AssertPartsGive(PartsEquivalence.ReadInOnePass(onePass, name, bytes), bytes, [64, 700, 1 << 20],
                (read, size) => PartsEquivalence.Read(source, name, read, size), $"{format} round {round}");
        }
    }

    [Theory]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Csv)]
    public void A_clean_export_read_in_parts_keeps_every_paper_in_order(ExportFormat format)
    {
        var papers = TestPapers.Seed.ToList();
        var bytes = Encoding.UTF8.GetBytes(PaperExport.ToString(papers, format));
        var (source, onePass, name) = Reader(format);

        var parts = PartsEquivalence.Read(source, name, bytes, partSize: 512);

        Assert.Empty(parts.Diagnostics);
        Assert.Equal(PartsEquivalence.ReadInOnePass(onePass, name, bytes).Papers, parts.Papers);
        Assert.Equal(papers.Select(p => p.Title), parts.Papers.Select(p => p.Title));
    }

    private static unsafe (IPaperSource Source, PartsEquivalence.OnePass OnePass, string Name) Reader(ExportFormat format) =>
        format == ExportFormat.Json
            ? (JsonPaperSource.Instance, JsonPaperSource.ReadInOnePass, "papers.json")
            : (CsvPaperSource.Instance, CsvPaperSource.ReadInOnePass, "papers.csv");

    /// <summary>Shapes one pass reads otherwise: a byte-order mark, a paper with nested objects across lines that start
    /// with <c>{</c>, a comma missing between two papers, a comment or a doubled comma between them.</summary>
    private static void JsonShapes(StringBuilder text, string export, Random random, int round)
    {
        if (round % 7 == 1) text.Insert(0, '\uFEFF');
        if (round % 9 == 2) text.Insert(export.IndexOf("  {", 10, StringComparison.Ordinal), "  {\"id\": \"nested\", \"x\": [\n{\"y\": 1}\n], \"title\": \"N\", \"category\": \"cs.CL\", \"published\": \"2024-01-01\"},\n");
        string now = text.ToString();
        int gap = now.IndexOf("},", random.Next(Math.Max(1, now.Length - 10)), StringComparison.Ordinal);
        if (gap > 0 && round % 5 != 0)
        {
            text.Remove(gap + 1, 1);
            text.Insert(gap + 1, (round % 5) switch { 1 => "", 2 => ",\n// a note\n", 3 => ",,", _ => ",/* a note */" });
        }
    }

    /// <summary>Shapes one pass reads otherwise: a line break inside a quoted field, where a block may be cut; a blank line last.</summary>
    private static void CsvShapes(StringBuilder text, string export, Random random, int round)
    {
        if (round % 4 == 1)
        {
            int quote = export.IndexOf(",\"", random.Next(export.Length / 2), StringComparison.Ordinal);
            if (quote > 0) text.Insert(quote + 3, "line\nbreak ");
        }
        if (round % 6 == 2) text.Append('\n');
    }
}

using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;
using PaperNotebooks.Sources.BibTex;

namespace PaperNotebooks.Tests.Sources.BibTex;

/// <summary>A .bib file read in parts on all cores gives what one pass over it gives.</summary>
public sealed class BibTexPartsTests
{
    private static ListingParseResult Read(byte[] bytes, int blockSize = SourceContext.DefaultBlockSize) =>
        PartsEquivalence.Read(BibTexPaperSource.Instance, "refs.bib", bytes, blockSize);

    private static ListingParseResult Read(string text, int blockSize = SourceContext.DefaultBlockSize) => Read(Encoding.UTF8.GetBytes(text), blockSize);

    private static void AssertSame(ListingParseResult whole, ListingParseResult parts, string what)
    {
        Assert.True(whole.Papers.SequenceEqual(parts.Papers), what);
        Assert.True(whole.Diagnostics.SequenceEqual(parts.Diagnostics), what + "\n" + string.Join("\n", whole.Diagnostics) + "\n--\n" + string.Join("\n", parts.Diagnostics));
    }

    private static string Entry(int i, string lineEnd = "\n") =>
        $"@article{{key{i},{lineEnd}  title = {{Paper {i} on {{LaTeX}} --- and \\'{{e}}}},{lineEnd}  author = {{Doe, Jane and Roe, Rich}},{lineEnd}" +
        $"  year = {2000 + i % 25}, month = {(i % 2 == 0 ? "jan" : "\"March\"")},{lineEnd}  abstract = {{Line one{lineEnd}  line two with 5\\% and https://github.com/x/y{i}.}}{lineEnd}}}{lineEnd}";

    [Fact]
    public void Parts_read_on_all_cores_give_what_one_pass_gives_on_files_good_bad_and_mangled()
    {
        var random = new Random(2026);
        for (int round = 0; round < 300; round++)
        {
            var bytes = RandomBib(random);
            PartsEquivalence.AssertPartsGive(Read(bytes), bytes, [64, 200, 1000], Read, $"round {round}:\n{Encoding.UTF8.GetString(bytes)}");
        }
    }

    [Fact]
    public void A_macro_that_an_earlier_part_defines_expands_in_a_later_part()
    {
        string text = "@string{acl = \"Association for \" # cl}\n@string{cl = {Computational Linguistics}}\n" +
            string.Concat(Enumerable.Range(0, 40).Select(i => Entry(i))) +
            "@inproceedings{late, title = {Late}, year = 2024, booktitle = acl # { Proceedings}}\n";

        var parts = Read(text, blockSize: 256);

        AssertSame(Read(text), parts, "macros");
        // "cl" was not yet defined when "acl" was: it read as empty there, as BibTeX reads it.
        Assert.Equal("Association for Proceedings", parts.Papers.Single(p => p.Title == "Late").Venue);
        Assert.Contains(parts.Diagnostics, d => d.Code == DiagnosticCodes.BibTexUnknownMacro && d.Line == 1);
    }

    [Fact]
    public void A_month_macro_that_an_earlier_part_redefines_reads_as_redefined()
    {
        string text = "@string{jan = {March}}\n" + string.Concat(Enumerable.Range(0, 40).Select(i => Entry(i)));

        var parts = Read(text, blockSize: 256);

        AssertSame(Read(text), parts, "months");
        Assert.All(parts.Papers, p => Assert.Equal(3, p.Published.Month));
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_in_any_part_give_one_warning_for_the_file()
    {
        // Latin-1 in three abstracts, parts apart: "Line one" becomes "Line \xE9one".
        var bytes = new List<byte>();
        for (int i = 0; i < 30; i++)
        {
            var entry = Encoding.UTF8.GetBytes(Entry(i));
            int at = entry.AsSpan().IndexOf("Line "u8) + "Line ".Length;
            bytes.AddRange(entry[..at]);
            if (i % 10 == 5) bytes.Add(0xE9);
            bytes.AddRange(entry[at..]);
        }

        var parts = Read([.. bytes], blockSize: 256);

        AssertSame(Read([.. bytes]), parts, "invalid UTF-8");
        Assert.Single(parts.Diagnostics, d => d.Code == DiagnosticCodes.InvalidUtf8);
        Assert.Equal(30, parts.Papers.Count);
        Assert.Equal(3, parts.Papers.Count(p => p.Abstract.StartsWith("Line \uFFFDone", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_bib_file_over_a_gigabyte_is_read_whole()
    {
        using var folder = new ScratchFolder();
        string path = Path.Combine(folder.Path, "huge.bib");
        var comment = Encoding.ASCII.GetBytes("%" + new string('x', (1 << 16) - 2) + "\n");
        int commentLines = (int)((1L << 30) / comment.Length) + 1000;
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
        {
            file.Write(Encoding.UTF8.GetBytes(Entry(1)));
            for (int i = 0; i < commentLines; i++) file.Write(comment);
            file.Write(Encoding.UTF8.GetBytes(Entry(2)));
        }
        Assert.True(new FileInfo(path).Length > 1L << 30);

        var result = PaperSources.ReadFile(path, TestPapers.Options);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Paper 1", "Paper 2"], result.Papers.Select(p => p.Title[..7]));
        Assert.Equal(7 + commentLines + 1, result.Papers[1].Line);
    }

    /// <summary>A .bib file of entries of every kind, line ends of every kind, then bytes edited at random.</summary>
    private static byte[] RandomBib(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(10) == 0) text.Append('\uFEFF');
        for (int piece = random.Next(1, 14); piece > 0; piece--)
        {
            string end = random.Next(6) switch { 0 => "\r\n", 1 => "\r", _ => "\n" };
            int i = random.Next(1000);
            text.Append(random.Next(12) switch
            {
                0 => $"@string{{m{i % 4} = {{Macro {i}}} # m{(i + 1) % 4}}}{end}",
                1 => $"@STRING(jan = \"Janvier\"){end}",
                2 => $"@comment{{ @misc{{hidden, title = {{Hidden}}, year = 2020}} }}{end}",
                3 => $"mail me@example.org{end}  @misc{{indented{i}, title = {{Indented}}, year = 2021}}{end}",
                4 => $"@misc{{open{i}, title = {{never closed,{end}  year = 2020{end}",
                5 => $"@misc{{value{i}, note = {{a line{end}@misc{{inside{i}, title = {{Inside}}, year = 2022}}{end}",
                6 => $"@misc{{m{i}, title = {{With macro}}, year = 2020, journal = m{i % 4} # {{ and more}}}}{end}",
                7 => $"@preamble{{\"\\newcommand{{\\x}}{{y}}\"}}{end}",
                8 => $"@book(paren{i}, title = \"Parens {{and}} quotes\", year = \"1999\"){end}",
                9 => $"% a comment line with @misc{{no, title={{No}}}}{end}",
                _ => Entry(i, end),
            });
        }
        const string Alphabet = "@{}()\"#=,\\ \n\r\tabc%'~$é";
        PartsEquivalence.Mangle(text, random, Alphabet, random.Next(0, 6), longestCut: 19);
        var bytes = Encoding.UTF8.GetBytes(text.ToString()).ToList();
        if (random.Next(8) == 0) bytes.Insert(random.Next(bytes.Count + 1), 0xFF);
        return [.. bytes];
    }
}

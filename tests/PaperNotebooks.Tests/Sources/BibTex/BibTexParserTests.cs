using PaperNotebooks.Listing;
using PaperNotebooks.Sources;
using PaperNotebooks.Sources.BibTex;

namespace PaperNotebooks.Tests.Sources.BibTex;

public sealed class BibTexParserTests
{
    private static (IReadOnlyList<BibTexEntry> Entries, IReadOnlyList<SourceDiagnostic> Diagnostics) Fixture(string name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Sources", "BibTex", "Fixtures", name);
        return BibTexParser.Parse(File.ReadAllText(path), name);
    }

    [Theory]
    [InlineData("zotero.bib", 2)]
    [InlineData("better-bibtex.bib", 2)]
    [InlineData("google-scholar.bib", 2)]
    [InlineData("dblp.bib", 2)]
    [InlineData("arxiv.bib", 1)]
    [InlineData("acl-anthology.bib", 1)]
    [InlineData("hand-written.bib", 3)]
    public void Exports_of_the_common_tools_read_without_diagnostics(string fixture, int entries)
    {
        var (read, diagnostics) = Fixture(fixture);

        Assert.Empty(diagnostics);
        Assert.Equal(entries, read.Count);
        Assert.All(read, entry => Assert.False(string.IsNullOrWhiteSpace(entry["title"])));
    }

    [Fact]
    public void Fields_keep_their_LaTeX_and_inner_braces_and_lose_the_outer_ones()
    {
        var entry = Fixture("better-bibtex.bib").Entries[0];

        Assert.Equal("misc", entry.Type);
        Assert.Equal("yaoMACAttentionMatchAmendComplete2026", entry.Key);
        Assert.Equal(1, entry.Line);
        Assert.Equal("{{MAC-Attention}}: A {{Match-Amend-Complete Scheme}} for {{Fast}} and {{Accurate Attention Computation}}", entry["title"]);
        Assert.Equal("Yao, Jinghan and Jacobs, Sam Ad{\\'e} and Krichene, Walid", entry["author"]);
        Assert.Equal("March", entry["month"]);
        Assert.Equal("2603.01234", entry["EPRINT"]);
        Assert.Equal("cs", entry["primaryclass"]);
    }

    [Fact]
    public void Values_spread_over_lines_keep_their_text_and_fields_know_their_line()
    {
        var entry = Fixture("dblp.bib").Entries[0];

        Assert.Contains("Samyam Rajbhandari and\n                  Jeff Rasley", entry["author"]);
        Assert.Equal(2, entry.Fields.Single(f => f.Name == "author").Line);
        Assert.Equal(9, entry.Fields.Single(f => f.Name == "title").Line);
    }

    [Fact]
    public void Macros_concatenation_months_parentheses_and_comments_are_read_as_BibTeX_reads_them()
    {
        var (entries, _) = Fixture("hand-written.bib");

        Assert.Equal(["erdos1947", "smith2024", "nokey-fields-only"], entries.Select(e => e.Key));
        var erdos = entries[0];
        Assert.Equal("article", erdos.Type);
        Assert.Equal("1947", erdos["year"]);
        Assert.Equal("September", erdos["month"]);
        Assert.Equal("Erd\\H{o}s, P{\\'a}l", erdos["author"]);
        var smith = entries[1];
        Assert.Equal("Scaling {GPT}-style models: a {\\em nested} {{study}}", smith["title"]);
        Assert.Equal("Advances in Neural Information Processing Systems 37", smith["booktitle"]);
        Assert.Equal("quoted {with \"inner\" quotes} kept", entries[2]["note"]);
    }

    [Fact]
    public void A_broken_entry_is_skipped_with_its_line_and_every_other_entry_is_read()
    {
        var (entries, diagnostics) = Fixture("hostile.bib");

        Assert.Equal(["good1", "good2", "good4"], entries.Select(e => e.Key));
        Assert.Equal("2022", entries[1]["year"]);
        Assert.Equal("", entries[1]["journal"]);
        Assert.Equal(
        [
            "hostile.bib:6: error PN201",
            "hostile.bib:13: warning PN203",
            "hostile.bib:15: warning PN204",
            "hostile.bib:18: error PN202",
            "hostile.bib:22: error PN201",
            "hostile.bib:29: error PN201",
        ], diagnostics.Select(d => d.ToString()[..d.ToString().IndexOf(':', d.ToString().IndexOf("PN", StringComparison.Ordinal))]));
        Assert.All(diagnostics, d => Assert.DoesNotContain('\n', d.Message));
    }

    [Fact]
    public void An_at_sign_in_text_between_entries_is_no_entry()
    {
        var (entries, diagnostics) = BibTexParser.Parse("mail me@example.org\n@misc{a, title={A}}\n@ alone\n", "t.bib");

        Assert.Equal("a", Assert.Single(entries).Key);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void An_indented_entry_after_an_unclosed_one_is_read()
    {
        var (entries, diagnostics) = BibTexParser.Parse("@misc{a, title = {never closed,\n  @misc{b, title={B}, year=2020}\n", "t.bib");

        Assert.Equal("b", Assert.Single(entries).Key);
        Assert.Equal(2, Assert.Single(entries).Line);
        Assert.Equal((DiagnosticCodes.BibTexUnclosed, 1), (Assert.Single(diagnostics).Code, diagnostics[0].Line));
    }

    [Fact]
    public void Lone_carriage_returns_end_lines_as_line_feeds_do()
    {
        var (entries, diagnostics) = BibTexParser.Parse("@misc{a,\r  title = {open\r@misc{b,\r\n title={B}}\r@misc{c, title={C}}", "mac.bib");

        Assert.Equal([("b", 3), ("c", 5)], entries.Select(e => (e.Key, e.Line)));
        Assert.Equal(1, Assert.Single(diagnostics).Line);
    }

    [Fact]
    public void A_ten_megabyte_field_reads_in_linear_time()
    {
        string big = new('x', 10 << 20);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (entries, diagnostics) = BibTexParser.Parse($"@misc{{big, abstract = {{{big}}}, title={{T}}}}\n@misc{{next, title={{N}}}}", "big.bib");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
        Assert.Equal(2, entries.Count);
        Assert.Equal(10 << 20, entries[0]["abstract"]!.Length);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Many_unclosed_entries_cost_no_more_than_their_length()
    {
        string text = string.Concat(Enumerable.Repeat("@article{k,\n  title = {never closed,\n  year = 2020\n", 20_000));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (entries, diagnostics) = BibTexParser.Parse(text, "many.bib");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        Assert.Empty(entries);
        Assert.Equal(20_000, diagnostics.Count);
    }

    [Fact]
    public void Random_bytes_and_mutated_entries_never_throw()
    {
        var random = new Random(8);
        string good = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sources", "BibTex", "Fixtures", "hand-written.bib"));
        const string Alphabet = "@{}()\"#=,\\ \n\tabc%'~$";
        for (int round = 0; round < 2_000; round++)
        {
            var text = new System.Text.StringBuilder(good);
            for (int edit = random.Next(1, 8); edit > 0; edit--)
            {
                int at = random.Next(text.Length + 1);
                if (random.Next(2) == 0 && at < text.Length) text.Remove(at, Math.Min(text.Length - at, random.Next(1, 20)));
                else text.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
            }
            var (entries, diagnostics) = BibTexParser.Parse(text.ToString(), "mutated.bib");
            Assert.All(diagnostics, d => Assert.True(d.Line >= 1, d.ToString()));
            Assert.All(entries, e => Assert.All(e.Fields, f => _ = LatexText.ToUnicode(f.Value)));
        }
    }
}

using PaperNotebooks.Interactive.Directives;
using PaperNotebooks.Merging;

namespace PaperNotebooks.Interactive.Tests;

public sealed class SeveralSourcesLoadTests : IDisposable
{
    private readonly PaperKernel _kernel = new();

    public void Dispose() => _kernel.Dispose();

    private static string Seed => $"\"{LoadSubcommand.SeedPath}\"";

    [Fact]
    public async Task Load_reads_a_bib_and_a_listing_into_one_collection_and_says_how_many_copies_were_merged()
    {
        var result = await _kernel.RunAsync($"#!paper load references.bib {Seed} --name mine");

        string text = PaperKernel.Text(result);
        Assert.Contains("Loaded 24 papers from 2 files into mine and mineFrame.", text);
        Assert.Contains("6 copies of papers found in more than one place merged; see mine.Duplicates().", text);
        Assert.Equal(24, PaperKernel.ReturnValue<int>(await _kernel.RunAsync("mine.Count")));
        Assert.Equal(24L, PaperKernel.ReturnValue<long>(await _kernel.RunAsync("mineFrame.Rows.Count")));
    }

    [Fact]
    public async Task Duplicates_lists_the_merged_papers_with_their_copies_in_csharp()
    {
        await _kernel.RunAsync($"#!paper load references.bib {Seed} --name mine");

        var result = await _kernel.RunAsync("mine.Duplicates()");
        var duplicates = PaperKernel.ReturnValue<PaperDuplicates>(result);

        Assert.Equal(6, duplicates!.Count);
        Assert.Contains(duplicates, d => d.Merged.ArxivId == "2309.14509" && d.Merged.Published == new DateOnly(2023, 9, 25));
        Assert.Contains("6 papers merged from 12 copies", PaperKernel.Text(result));
        Assert.Contains("references.bib:7; 000_4bb47f8579d701ca.txt:13", PaperKernel.Text(result));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(PaperKernel.Html(result));
        Assert.Equal(6, page.QuerySelectorAll(".paper-duplicates tbody tr").Length);
    }

    [Fact]
    public async Task Directives_work_on_the_merged_collection()
    {
        await _kernel.RunAsync($"#!paper load references.bib {Seed} --name mine");

        var search = await _kernel.RunAsync("#!paper search arxiv:2309.14509");

        Assert.Contains("DeepSpeed Ulysses", PaperKernel.Text(search));
    }

    [Fact]
    public async Task A_missing_file_among_several_is_one_line_and_the_others_load()
    {
        var result = await _kernel.RunAsync($"#!paper load references.bib no-such-file.txt {Seed} --name mine");

        Assert.Contains("no such file", PaperKernel.Text(result));
        Assert.Equal(24, PaperKernel.ReturnValue<int>(await _kernel.RunAsync("mine.Count")));
    }

    [Fact]
    public async Task An_unknown_format_is_refused_with_the_known_ones()
    {
        string error = await _kernel.FailAsync("#!paper load references.bib --format xlsx");

        Assert.Equal("--format takes one of json, csv, arxiv-snapshot, openalex, bibtex, arxiv-atom, listing, not 'xlsx'.", error);
    }

    [Fact]
    public async Task Format_names_the_format_of_a_file_whose_extension_says_nothing()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("paper load ").FullName, "refs.txt");
        File.Copy(Path.Combine(PaperKernel.ListingsFolder, "references.bib"), path);

        var result = await _kernel.RunAsync($"#!paper load \"{path}\" --format bibtex --name refs");

        Assert.Contains("Loaded 12 papers from refs.txt", PaperKernel.Text(result));
    }
}

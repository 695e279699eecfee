using PaperNotebooks.Model;

namespace PaperNotebooks.Interactive.Tests;

public sealed class ShowTests(SeedKernel seed) : IClassFixture<SeedKernel>
{
    private readonly PaperKernel _kernel = seed.Kernel;

    [Fact]
    public async Task Show_by_id_shows_the_paper_card()
    {
        var result = await _kernel.RunAsync("#!paper show tanaka2021automatic");

        Assert.Equal("tanaka2021automatic", Assert.Single(PaperKernel.Displayed<Paper>(result)).Id);
        var card = Assert.Single(Dom.Parse(PaperKernel.Html(result)).QuerySelectorAll(".paper-card"));
        Assert.Contains("Automatic Graph Partitioning for Very Large-scale Deep Learning", Dom.Text(card));
        Assert.Contains("Masahiro Tanaka, Kenjiro Taura, Toshihiro Hanawa", PaperKernel.Text(result));
    }

    [Fact]
    public async Task Several_words_of_a_title_need_no_quotes()
    {
        var result = await _kernel.RunAsync("#!paper show long context training");

        Assert.Contains("Training Ultra Long Context Language Model with Fully Pipelined Distributed Transformer", PaperKernel.Displayed<Paper>(result).Select(p => p.Title));
    }

    [Fact]
    public async Task Quoted_words_work_too()
    {
        var result = await _kernel.RunAsync("#!paper show \"graph partitioning\" --from papers");

        Assert.Contains("tanaka2021automatic", PaperKernel.Displayed<Paper>(result).Select(p => p.Id));
        Assert.Contains("id tanaka2021automatic", PaperKernel.Text(result));
    }

    [Fact]
    public async Task The_card_has_et_al_category_name_on_hover_a_folded_abstract_and_the_id()
    {
        var result = await _kernel.RunAsync("#!paper show liu2024grin");

        var card = Assert.Single(Dom.Parse(PaperKernel.Html(result)).QuerySelectorAll(".paper-card"));
        Assert.Contains("Liyuan Liu, Young Jin Kim, Shuohang Wang et al.", Dom.Text(card));
        Assert.NotEmpty(card.QuerySelectorAll("[title='Computation and Language']"));
        Assert.Equal("Abstract", card.QuerySelector("details > summary")?.TextContent);
        Assert.Contains("microsoft-research", card.TextContent);
        Assert.Contains(card.QuerySelectorAll("code"), c => c.TextContent == "liu2024grin");
    }

    [Fact]
    public async Task The_card_links_the_code_and_marks_an_inferred_year()
    {
        string id = PaperKernel.ReturnValue<string>(await _kernel.RunAsync("papers.First(p => p.YearInferred).Id"))!;
        string coded = PaperKernel.ReturnValue<string>(await _kernel.RunAsync("papers.First(p => p.CodeUrl != null).Id"))!;
        string url = PaperKernel.ReturnValue<string>(await _kernel.RunAsync("papers.First(p => p.CodeUrl != null).CodeUrl"))!;

        Assert.Contains("(year inferred)", Dom.Text(Dom.Parse(PaperKernel.Html(await _kernel.RunAsync($"#!paper show {id}"))).Body!));
        var links = Dom.Parse(PaperKernel.Html(await _kernel.RunAsync($"#!paper show {coded}"))).QuerySelectorAll("a[href]");
        Assert.Contains(links, a => a.GetAttribute("href") == url);
    }

    [Fact]
    public async Task Many_matches_are_listed_as_a_table()
    {
        var result = await _kernel.RunAsync("#!paper show a");

        Assert.Contains("papers in papers match 'a'; add words or give an id to see cards.", PaperKernel.Text(result));
        Assert.Single(PaperKernel.Displayed<PaperNotebooks.Interactive.Formatters.PaperTable>(result));
        Assert.Empty(PaperKernel.Displayed<Paper>(result));
        Assert.Empty(Dom.Parse(PaperKernel.Html(result)).QuerySelectorAll(".paper-card"));
    }
}

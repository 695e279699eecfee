namespace PaperNotebooks.Interactive.Tests;

public sealed class ShowTests(SeedKernel seed) : IClassFixture<SeedKernel>
{
    private readonly PaperKernel _kernel = seed.Kernel;

    [Fact]
    public async Task Show_by_id_shows_the_paper_card()
    {
        var result = await _kernel.RunAsync("#!paper show tanaka2021automatic");

        string html = PaperKernel.Html(result);
        Assert.Contains("class=\"paper-card\"", html);
        Assert.Contains("Automatic Graph Partitioning for Very Large-scale Deep Learning", html);
        Assert.Contains("Masahiro Tanaka, Kenjiro Taura, Toshihiro Hanawa", PaperKernel.Text(result));
    }

    [Fact]
    public async Task Several_words_of_a_title_need_no_quotes()
    {
        var result = await _kernel.RunAsync("#!paper show long context training");

        Assert.Contains("Training Ultra Long Context Language Model with Fully Pipelined Distributed Transformer", PaperKernel.Text(result));
    }

    [Fact]
    public async Task Quoted_words_work_too()
    {
        var result = await _kernel.RunAsync("#!paper show \"graph partitioning\" --from papers");

        Assert.Contains("id tanaka2021automatic", PaperKernel.Text(result));
    }

    [Fact]
    public async Task The_card_has_et_al_category_name_on_hover_a_folded_abstract_and_the_id()
    {
        var result = await _kernel.RunAsync("#!paper show liu2024grin");

        string html = PaperKernel.Html(result);
        Assert.Contains("Liyuan Liu, Young Jin Kim, Shuohang Wang et al.", html);
        Assert.Contains("title=\"Computation and Language\"", html);
        Assert.Contains("<details><summary>Abstract</summary>", html);
        Assert.Contains("microsoft-research", html);
        Assert.Contains("<code>liu2024grin</code>", html);
    }

    [Fact]
    public async Task The_card_links_the_code_and_marks_an_inferred_year()
    {
        string id = PaperKernel.ReturnValue<string>(await _kernel.RunAsync("papers.First(p => p.YearInferred).Id"))!;
        string coded = PaperKernel.ReturnValue<string>(await _kernel.RunAsync("papers.First(p => p.CodeUrl != null).Id"))!;
        string url = PaperKernel.ReturnValue<string>(await _kernel.RunAsync("papers.First(p => p.CodeUrl != null).CodeUrl"))!;

        Assert.Contains("(year inferred)", PaperKernel.Html(await _kernel.RunAsync($"#!paper show {id}")));
        Assert.Contains($"href=\"{url}\"", PaperKernel.Html(await _kernel.RunAsync($"#!paper show {coded}")));
    }

    [Fact]
    public async Task Many_matches_are_listed_as_a_table()
    {
        var result = await _kernel.RunAsync("#!paper show a");

        Assert.Contains("papers in papers match 'a'; add words or give an id to see cards.", PaperKernel.Text(result));
        Assert.DoesNotContain("paper-card", PaperKernel.Html(result));
    }
}

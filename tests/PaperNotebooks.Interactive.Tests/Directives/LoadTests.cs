using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Model;

namespace PaperNotebooks.Interactive.Tests;

public sealed class LoadTests : IDisposable
{
    private readonly PaperKernel _kernel = new();

    public void Dispose() => _kernel.Dispose();

    [Fact]
    public async Task Load_with_no_path_reads_the_bundled_seed_listing_and_defines_papers_and_papersFrame()
    {
        var result = await _kernel.RunAsync("#!paper load");

        Assert.Contains("Loaded 18 papers from 000_4bb47f8579d701ca.txt into papers and papersFrame.", PaperKernel.Text(result));
        Assert.Equal(18, PaperKernel.ReturnValue<int>(await _kernel.RunAsync("papers.Count")));
        Assert.Equal(18L, PaperKernel.ReturnValue<long>(await _kernel.RunAsync("papersFrame.Rows.Count")));
    }

    [Fact]
    public async Task Load_summary_gives_the_count_date_range_categories_and_papers_with_code()
    {
        var result = await _kernel.RunAsync("#!paper load --as-of 2026-05-01");

        string text = PaperKernel.Text(result);
        Assert.Contains("18 papers, 2021-03-30 to 2026-04-29; with code: 3 (16.7%)", text);
        Assert.Contains("Categories: cs.LG 6, cs.CL 4, cs.DC 3", text);
        Assert.Contains("Loaded 18 papers", PaperKernel.Html(result));
    }

    [Fact]
    public async Task Load_with_a_name_defines_that_variable_and_its_Frame()
    {
        await _kernel.RunAsync("#!paper load --name ml");

        Assert.Equal(18, PaperKernel.ReturnValue<int>(await _kernel.RunAsync("ml.Count")));
        Assert.Equal(18L, PaperKernel.ReturnValue<long>(await _kernel.RunAsync("mlFrame.Rows.Count")));
        Assert.IsType<PaperCollection>(PaperKernel.ReturnValue<PaperCollection>(await _kernel.RunAsync("ml")));
    }

    [Fact]
    public async Task A_relative_path_resolves_against_the_notebook_folder()
    {
        await _kernel.RunAsync("#!paper load flawed.txt --name flawed");

        Assert.Equal(2, PaperKernel.ReturnValue<int>(await _kernel.RunAsync("flawed.Count")));
    }

    [Fact]
    public async Task A_quoted_path_with_spaces_loads()
    {
        string folder = Directory.CreateTempSubdirectory("paper load ").FullName;
        string path = Path.Combine(folder, "my listing.txt");
        File.Copy(Path.Combine(PaperKernel.ListingsFolder, "hostile.txt"), path);

        var result = await _kernel.RunAsync($"#!paper load \"{path}\"");

        Assert.Contains("Loaded 3 papers from my listing.txt", PaperKernel.Text(result));
    }

    [Fact]
    public async Task As_of_gives_dates_without_a_year_the_latest_year_not_after_it()
    {
        await _kernel.RunAsync("#!paper load --as-of 2025-06-01");

        var latest = await _kernel.RunAsync(
            "var inferred = papers.Where(p => p.YearInferred).ToList(); inferred.Count > 0 && inferred.All(p => p.Published <= new DateOnly(2025, 6, 1) && p.Published > new DateOnly(2024, 6, 1))");
        Assert.True(PaperKernel.ReturnValue<bool>(latest));
    }

    [Fact]
    public async Task A_flawed_listing_shows_each_diagnostic_with_its_line_and_loads_the_other_papers()
    {
        var result = await _kernel.RunAsync("#!paper load flawed.txt");

        Assert.Contains("line 4: error PN002: 'Feb 31, 2024' is not a date; the entry is skipped", PaperKernel.Text(result));
        Assert.Contains("Loaded 2 papers from flawed.txt", PaperKernel.Text(result));
        Assert.Contains("line 4", PaperKernel.Html(result));
        Assert.Equal(2, PaperKernel.ReturnValue<int>(await _kernel.RunAsync("papers.Count")));
    }

    [Fact]
    public async Task Loading_the_extension_twice_registers_nothing_twice()
    {
        PaperKernelExtension.Load(_kernel.Kernel);
        PaperKernelExtension.Load(_kernel.Kernel);

        Assert.Single(_kernel.Kernel.KernelInfo.SupportedDirectives, d => d.Name == "#!paper");
        Assert.Single(Formatter.RegisteredFormatters(includeDefaults: false), f => f.Type == typeof(Paper) && f.MimeType == HtmlFormatter.MimeType);
        await _kernel.RunAsync("#!paper load");
    }

    [Fact]
    public async Task The_extension_dib_loads_the_extension_and_shows_a_banner_with_examples()
    {
        using var kernel = new PaperKernel(load: false);
        string dib = File.ReadAllText(Path.Combine(Repository.Root, "src", "PaperNotebooks.Interactive", "extension.dib"));
        await kernel.RunAsync($"#r \"{typeof(PaperKernelExtension).Assembly.Location}\"");

        var result = await kernel.RunAsync(dib);

        string text = PaperKernel.Text(result);
        Assert.Contains("adds the #!paper magic command", text);
        Assert.Contains("#!paper load", text);
        Assert.Contains("#!paper show long context training", text);
        Assert.Contains("<code>#!paper list --category LG --year 2021..2024 --top 10</code>", PaperKernel.Html(result));
        await kernel.RunAsync("#!paper load");
    }
}

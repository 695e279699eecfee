using Microsoft.Data.Analysis;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Interactive.Tests;

/// <summary><c>#!paper topics --model ...</c> in a real kernel: the views, the C# variable, the DataFrame columns,
/// topic:N in searches, and the errors that leave the kernel usable.</summary>
public sealed class TopicModelTests : IAsyncLifetime
{
    private readonly string _cache = Directory.CreateTempSubdirectory("pn-topics-kernel-").FullName;
    private PaperKernel _kernel = null!;

    public async Task InitializeAsync() => _kernel = await PaperKernel.SeededAsync(new PaperExtensionOptions { CacheFolder = _cache });

    public Task DisposeAsync()
    {
        _kernel.Dispose();
        Directory.Delete(_cache, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Semantic_topics_show_a_table_a_map_and_topics_over_time_and_define_the_model_and_frame_columns()
    {
        var result = await _kernel.RunAsync("#!paper topics --model semantic --k 3 --name themes");

        var model = Assert.Single(PaperKernel.Displayed<TopicModel>(result));
        Assert.Equal(TopicModelKind.Semantic, model.Kind);
        Assert.Equal(3, model.K);
        string html = PaperKernel.Html(result);
        Assert.Contains("central papers", html);
        Assert.Contains("3 topics of 18 papers", html);
        Assert.Contains("Topics over time", html);

        var k = PaperKernel.ReturnValue<int>(await _kernel.RunAsync("themes.K"));
        Assert.Equal(3, k);
        var frame = PaperKernel.ReturnValue<DataFrame>(await _kernel.RunAsync("papersFrame"));
        Assert.NotNull(frame);
        Assert.Contains("topic", frame!.Columns.Select(c => c.Name));
        Assert.Contains("topic_label", frame.Columns.Select(c => c.Name));
        Assert.Equal(model.TopicOf(0), (int?)frame.Columns["topic"][0]);

        var search = PaperKernel.Text(await _kernel.RunAsync("#!paper search topic:0 --top 50"));
        Assert.Contains($"Search 'topic:0' — {model.Topics[0].Size} matches", search);
    }

    [Fact]
    public async Task Topic_labels_and_titles_are_html_encoded()
    {
        await _kernel.RunAsync("#!paper load hostile.txt --name evil");
        var result = await _kernel.RunAsync("#!paper topics --model nmf --k 2 --from evil");

        string html = PaperKernel.Html(result);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task A_model_that_will_not_load_is_one_line_and_the_kernel_goes_on()
    {
        string onnx = Path.Combine(_cache, "broken.onnx"), vocab = Path.Combine(_cache, "vocab.txt");
        File.WriteAllText(onnx, "not a model");
        File.WriteAllLines(vocab, ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]);
        using var kernel = await PaperKernel.SeededAsync(new PaperExtensionOptions { CacheFolder = _cache, SentenceModelFiles = (onnx, vocab) });

        string message = await kernel.FailAsync("#!paper topics --model semantic --k 3");
        Assert.StartsWith("The embedding model could not be loaded: the model file of broken.onnx is not a valid ONNX model", message);
        Assert.DoesNotContain("\n", message.Trim());

        await kernel.RunAsync("#!paper topics --model nmf --k 2");
        Assert.Equal(18, PaperKernel.ReturnValue<int>(await kernel.RunAsync("papers.Count")));
    }

    [Fact]
    public async Task Search_by_meaning_hybrid_and_similar_by_meaning_rank_papers_of_the_loaded_set()
    {
        var semantic = await _kernel.RunAsync("#!paper search --semantic \"training language models on very long sequences\" --top 3");
        var hits = Assert.Single(PaperKernel.Displayed<PaperNotebooks.Search.SemanticSearchResult>(semantic));
        Assert.Equal("semantic", hits.Mode);
        Assert.Equal("training language models on very long sequences", hits.Query);
        Assert.Equal(3, hits.Hits.Count);
        Assert.Contains("Search by meaning", PaperKernel.Text(semantic));

        var hybrid = Assert.Single(PaperKernel.Displayed<PaperNotebooks.Search.SemanticSearchResult>(await _kernel.RunAsync("#!paper search deepspeed --hybrid --top 5")));
        Assert.Equal("hybrid", hybrid.Mode);
        Assert.Contains("deepspeed", hybrid.Hits[0].Paper.Title, StringComparison.OrdinalIgnoreCase);

        var like = Assert.Single(PaperKernel.Displayed<PaperNotebooks.Search.SemanticSearchResult>(await _kernel.RunAsync("#!paper similar yao2026mac --semantic --top 4")));
        Assert.Equal(4, like.Hits.Count);
        Assert.DoesNotContain(like.Hits, h => h.Paper.Id == "yao2026mac");

        Assert.StartsWith("No paper in papers has the id 'nosuchpaper'.", await _kernel.FailAsync("#!paper similar nosuchpaper --semantic"));
        Assert.Equal("--semantic and --hybrid are two ways to search; give one.", await _kernel.FailAsync("#!paper search deepspeed --semantic --hybrid"));
    }

    [Theory]
    [InlineData("#!paper topics --model lda", "--model takes semantic or nmf, not 'lda'.")]
    [InlineData("#!paper topics --k 1", "--k takes auto or a whole number from 2 to 100, not '1'.")]
    [InlineData("#!paper topics --model nmf --keywords", "--model, --k and --name find topics; --keywords, --chart and --top chart categories or phrases. Use one or the other.")]
    public async Task Bad_topic_options_are_one_clear_line(string cell, string expected)
    {
        Assert.Equal(expected, await _kernel.FailAsync(cell));
    }
}

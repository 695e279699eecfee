using PaperNotebooks.Model;
using PaperNotebooks.Search;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Tests.Topics;

public sealed class TopicQueryTests
{
    [Fact]
    public void Topic_N_finds_the_papers_of_that_topic_and_combines_with_other_terms()
    {
        var papers = new PaperCollection(TopicPapers.Make());
        var model = TopicModeling.Build(papers, new TopicOptions { Model = TopicModelKind.Nmf, K = 3 }).Model!;
        TopicAssignments.Attach(papers, model);

        for (int topic = 0; topic < model.K; topic++)
        {
            var result = papers.Search($"topic:{topic}", top: 50);
            Assert.True(result.Succeeded, result.Error?.Message);
            Assert.Equal(model.PapersOf(topic).Select(p => p.Id).Order(), result.Hits.Select(h => h.Paper.Id).Order());
        }
        var both = papers.Search("topic:0 AND year:2020", top: 50);
        Assert.All(both.Hits, h => Assert.Equal(2020, h.Paper.Published.Year));
        Assert.All(both.Hits, h => Assert.Equal(0, TopicAssignments.TopicOf(papers, h.Paper)));
    }

    [Fact]
    public void Topic_N_on_papers_without_topics_or_out_of_range_is_a_query_error()
    {
        var papers = new PaperCollection(TopicPapers.Make());
        var none = papers.Search("topic:1");
        Assert.Equal(QueryErrorCodes.BadValue, none.Error!.Code);
        Assert.Contains("these papers have no topics yet; find them first with #!paper topics", none.Error.Message);

        TopicAssignments.Attach(papers, TopicModeling.Build(papers, new TopicOptions { Model = TopicModelKind.Nmf, K = 2 }).Model!);
        Assert.Contains("there are topics 0 to 1", papers.Search("topic:7").Error!.Message);
        Assert.Contains("topic: takes a topic number", papers.Search("topic:abc").Error!.Message);
    }
}

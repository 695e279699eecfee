using System.Runtime.CompilerServices;
using PaperNotebooks.Model;

namespace PaperNotebooks.Topics;

/// <summary>
/// The topic model last made for a collection, kept beside it (not in it: papers stay immutable) so that the query
/// language's <c>topic:N</c> and the DataFrame's topic columns can find each paper's topic. Papers are matched by
/// reference, so a model made on a filtered view answers for the same papers in the whole collection.
/// </summary>
public static class TopicAssignments
{
    private static readonly ConditionalWeakTable<object, Attached> ByCollection = new();

    /// <summary>Makes <paramref name="model"/> the topics of <paramref name="papers"/> (and of the collection it views).</summary>
    public static void Attach(PaperCollection papers, TopicModel model)
    {
        ByCollection.AddOrUpdate(papers.SetKey, new Attached(model));
    }

    /// <summary>The topic model attached to a collection or to the collection it views; null when none.</summary>
    public static TopicModel? Of(PaperCollection papers) => Find(papers)?.Model;

    /// <summary>The topic of a paper in the collection's attached model; null when there is no model or the model
    /// does not have the paper.</summary>
    public static int? TopicOf(PaperCollection papers, Paper paper) =>
        Find(papers) is { } attached && attached.Topic.TryGetValue(paper, out int topic) ? topic : null;

    private static Attached? Find(PaperCollection papers) =>
        ByCollection.TryGetValue(papers.SetKey, out var attached) ? attached : null;

    private sealed class Attached
    {
        public Attached(TopicModel model)
        {
            Model = model;
            Topic = new Dictionary<Paper, int>(model.Papers.Count, ReferenceEqualityComparer.Instance);
            for (int i = 0; i < model.Papers.Count; i++) Topic.TryAdd(model.Papers[i], model.TopicOf(i));
        }

        public TopicModel Model { get; }
        public Dictionary<Paper, int> Topic { get; }
    }
}

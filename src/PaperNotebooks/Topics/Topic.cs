using PaperNotebooks.Model;

namespace PaperNotebooks.Topics;

/// <summary>One topic: its number, a label of its most distinctive terms (class-based TF-IDF), its size, and the
/// papers nearest its centre. Outliers are topic <see cref="TopicModel.OutlierTopic"/>.</summary>
public sealed record Topic(int Id, string Label, IReadOnlyList<string> Terms, int Size, IReadOnlyList<Paper> Central);

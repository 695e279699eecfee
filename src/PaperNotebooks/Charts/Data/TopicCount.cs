namespace PaperNotebooks.Charts.Data;

/// <summary>The papers of one category, or of the smaller categories merged into "Other".</summary>
/// <param name="Category">The arXiv identifier (<c>cs.LG</c>), the code as written when unknown, or <c>other</c>.</param>
/// <param name="Name">The arXiv name (<c>Machine Learning</c>); null for an unknown code and for "Other".</param>
/// <param name="MergedCategories">For "Other", how many categories it merges; 0 for a single category.</param>
public sealed record TopicCount(string Category, string? Name, PaperGroup Papers, int MergedCategories = 0)
{
    public bool IsOther => MergedCategories > 0;

    /// <summary>The label on the chart: <c>Machine Learning (cs.LG)</c>, or <c>Other (5 categories)</c>.</summary>
    public string Label => IsOther ? CategoryLabel.Other(MergedCategories) : CategoryLabel.Of(Category, Name);
}

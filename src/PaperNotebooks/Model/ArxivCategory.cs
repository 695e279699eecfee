namespace PaperNotebooks.Model;

/// <summary>One arXiv category whose identifier ends in a two-letter part.</summary>
/// <param name="Code">The two-letter part as listings write it (<c>CL</c>).</param>
/// <param name="Id">The full arXiv identifier (<c>cs.CL</c>).</param>
/// <param name="Name">The arXiv name (<c>Computation and Language</c>).</param>
public sealed record ArxivCategory(string Code, string Id, string Name)
{
    /// <summary>The category alone as a paper's <see cref="Paper.Categories"/>, shared by every paper that has only it.</summary>
    internal ValueList<string> Alone { get; } = ValueList<string>.Of([Id]);
}

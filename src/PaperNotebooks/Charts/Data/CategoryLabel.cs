using PaperNotebooks.Model;

namespace PaperNotebooks.Charts.Data;

/// <summary>How a category is named on a chart: its full arXiv name with the identifier after it.</summary>
internal static class CategoryLabel
{
    public static string? NameOf(Paper paper) => paper.CategoryName ?? ArxivCategories.FindById(paper.Category)?.Name;

    /// <summary>What a paper whose source gave no category (a BibTeX entry without an arXiv class) is counted under.</summary>
    public const string None = "(no category)";

    /// <summary><c>Machine Learning (cs.LG)</c>, or the code alone when it is not an arXiv category.</summary>
    public static string Of(string category, string? name) =>
        category.Length == 0 ? None : name is null ? category : $"{name} ({category})";

    public static string Other(int categories) => $"Other ({categories} categories)";
}

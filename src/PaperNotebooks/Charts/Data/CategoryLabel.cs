using PaperNotebooks.Model;

namespace PaperNotebooks.Charts.Data;

/// <summary>How a category is named on a chart: its full arXiv name with the identifier after it.</summary>
internal static class CategoryLabel
{
    public static string? NameOf(Paper paper) => paper.CategoryName ?? ArxivCategories.FindById(paper.Category)?.Name;

    /// <summary><c>Machine Learning (cs.LG)</c>, or the code alone when it is not an arXiv category.</summary>
    public static string Of(string category, string? name) => name is null ? category : $"{name} ({category})";

    public static string Other(int categories) => $"Other ({categories} categories)";
}

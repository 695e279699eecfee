using PaperNotebooks.Model;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>Papers shown as a table: a caption, and rows of which only the first page is rendered.</summary>
/// <param name="Of">How many papers the rows were chosen from, when that says something (the collection's size).</param>
internal sealed record PaperTable(string Caption, IReadOnlyList<Paper> Rows, int? Of = null)
{
    public const int PageSize = 25;

    public IReadOnlyList<Paper> Page => Rows.Count <= PageSize ? Rows : Rows.Take(PageSize).ToArray();
}

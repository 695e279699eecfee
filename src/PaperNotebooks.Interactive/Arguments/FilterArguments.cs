using PaperNotebooks.Filtering;
using PaperNotebooks.Interactive.Directives;
using PaperNotebooks.Model;

namespace PaperNotebooks.Interactive.Arguments;

/// <summary>Reads the filter parameters typed on a line into the core's <see cref="PaperFilter"/>; a bad value fails the cell.</summary>
internal static class FilterArguments
{
    /// <summary><paramref name="papers"/> tells which category codes exist. Order and limit come only from a
    /// <see cref="PaperQueryCommand"/>.</summary>
    public static PaperFilter From(PaperFilterCommand command, PaperCollection papers)
    {
        var filter = new PaperFilter
        {
            Category = command.Category is null ? null : Checked(PaperFilter.TryParseCategory(command.Category, papers, out var category, out var error), category, error),
            Years = command.Year is null ? null : Checked(YearRange.TryParse(command.Year, out var years, out error), years, error),
            Author = command.Author is null ? null : Checked(PaperFilter.TryParseAuthor(command.Author, out var author, out error), author, error),
            HasCode = command.HasCode,
        };
        return command is not PaperQueryCommand ordered ? filter : filter with
        {
            Sort = ordered.Sort is null ? null : Checked(PaperFilter.TryParseSort(ordered.Sort, out var sort, out error), sort, error),
            Descending = ordered.Desc,
            Top = ordered.Top is null ? null : Checked(PaperFilter.TryParseTop(ordered.Top, out int top, out error), top, error),
        };
    }

    private static T Checked<T>(bool ok, T? value, string? error) => ok ? value! : throw new PaperCommandException(error!);
}

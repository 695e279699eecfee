using PaperNotebooks.Text;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>A mistake in a <c>#!paper</c> line or in what it names; its message is shown to the user as it is.</summary>
internal sealed class PaperCommandException(string message) : Exception(message)
{
    /// <summary>Text the user typed or loaded, quoted in a message: <c>'…'</c>, shortened so that a 100 KB id or query
    /// never floods the cell.</summary>
    public static string Quote(string? text) => $"'{Excerpt.Of(text)}'";

    /// <summary>A path, quoted; allowed longer than other input, since the folder often matters.</summary>
    public static string QuotePath(string? path) => $"'{Excerpt.Of(path, 400)}'";
}

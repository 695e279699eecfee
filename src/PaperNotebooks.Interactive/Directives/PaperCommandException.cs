namespace PaperNotebooks.Interactive.Directives;

/// <summary>A mistake in a <c>#!paper</c> line or in what it names; its message is shown to the user as it is.</summary>
internal sealed class PaperCommandException(string message) : Exception(message);

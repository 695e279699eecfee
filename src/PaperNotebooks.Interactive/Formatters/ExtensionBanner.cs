namespace PaperNotebooks.Interactive.Formatters;

/// <summary>What loading the extension added, with examples to try.</summary>
internal sealed record ExtensionBanner(string Version, IReadOnlyList<string> Examples);

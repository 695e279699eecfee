namespace PaperNotebooks.Interactive.Formatters;

/// <summary>An export shown instead of written: the text, as a preformatted block.</summary>
internal sealed record ExportedText(string Format, int Papers, string Text);

using PaperNotebooks.Topics;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>The key phrases of some papers, best first, under a caption that says which papers.</summary>
internal sealed record KeyPhraseTable(string Caption, IReadOnlyList<KeyPhrase> Phrases);

using PaperNotebooks.Interactive.Directives;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>The usage of some or all subcommands of <c>#!paper</c>.</summary>
internal sealed record PaperHelp(IReadOnlyList<SubcommandSpec> Subcommands);

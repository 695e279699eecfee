using PaperNotebooks.Interactive.Session;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>One parameter of a <c>#!paper</c> subcommand.</summary>
/// <param name="Usage">How the value is written in help (<c>&lt;n&gt;</c>); null for a flag.</param>
/// <param name="Implicit">Whether the value may be given without the name, as the first word after the subcommand.</param>
/// <param name="Many">Whether an implicit value may be several words (ids or words of a title; several files).</param>
/// <param name="Values">The values completion offers after the name (see <c>Completions/Offered</c>); null for none.</param>
internal sealed record ParameterSpec(string Name, string? Usage, string Description, bool Flag = false, bool Implicit = false, Func<PaperSession, IEnumerable<string>>? Values = null, bool Many = false);

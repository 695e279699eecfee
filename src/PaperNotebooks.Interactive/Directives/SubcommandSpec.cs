namespace PaperNotebooks.Interactive.Directives;

/// <summary>One subcommand of <c>#!paper</c>: its parameters, summary and examples.</summary>
internal sealed record SubcommandSpec(string Name, string Summary, IReadOnlyList<ParameterSpec> Parameters, IReadOnlyList<string> Examples)
{
    public ParameterSpec? Find(string name) => Parameters.FirstOrDefault(p => p.Name == name);

    /// <summary>The usage line: <c>#!paper list [--from &lt;var&gt;] ...</c>.</summary>
    public string Usage => string.Join(" ", new[] { PaperGrammar.DirectiveName, Name }.Concat(Parameters.Select(p => p switch
    {
        { Implicit: true } => $"[{p.Usage}]",
        { Flag: true } => $"[{p.Name}]",
        _ => $"[{p.Name} {p.Usage}]",
    })));
}

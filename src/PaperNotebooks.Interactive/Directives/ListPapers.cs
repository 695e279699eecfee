namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper list [filters]</c>: a table of the matching papers.</summary>
public sealed class ListPapers : PaperQueryCommand;

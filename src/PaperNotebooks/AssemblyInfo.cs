using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("PaperNotebooks.Benchmarks")]
[assembly: InternalsVisibleTo("harness")]

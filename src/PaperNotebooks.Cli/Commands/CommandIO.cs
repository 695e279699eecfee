namespace PaperNotebooks.Cli.Commands;

/// <summary>Where a command reads standard input (<c>-</c> as a file name) and writes its output and messages.</summary>
internal sealed record CommandIO(TextWriter Out, TextWriter Error, Func<Stream> OpenInput);

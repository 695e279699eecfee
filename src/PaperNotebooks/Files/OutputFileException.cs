namespace PaperNotebooks.Files;

/// <summary>A file could not be written, or was not written on purpose; the message is one line that names it.</summary>
public sealed class OutputFileException(string message, Exception? inner = null) : IOException(message, inner);

using System.Text;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Passes writes through to another writer, and stops the writing (with <see cref="OperationCanceledException"/>)
/// once the cell is interrupted: an export of a million papers observes the interrupt without the exporters knowing of it.</summary>
internal sealed class CancellableWriter(TextWriter inner, CancellationToken cancellation) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        cancellation.ThrowIfCancellationRequested();
        inner.Write(value);
    }

    public override void Write(string? value)
    {
        cancellation.ThrowIfCancellationRequested();
        inner.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        cancellation.ThrowIfCancellationRequested();
        inner.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        cancellation.ThrowIfCancellationRequested();
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();
}

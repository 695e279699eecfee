using System.IO.MemoryMappedFiles;
using PaperNotebooks.Files;
using PaperNotebooks.Listing;

namespace PaperNotebooks.Sources;

/// <summary>
/// Where a source's bytes come from: a regular file (memory-mapped when large), a stream that cannot seek
/// (standard input), or bytes in hand; UTF-16 and UTF-32 are turned into UTF-8 on the way. Whatever cannot be read
/// is one <see cref="DiagnosticCodes.Unreadable"/> diagnostic, never an exception.
/// </summary>
internal static class SourceInput
{
    /// <summary>Reads UTF-8 bytes that stay valid for the call only.</summary>
    public unsafe delegate DiagnosticList BytesReader(byte* data, long length);

    private const long MemoryMapThreshold = 4 << 20;

    public static unsafe DiagnosticList FromFile(
        string path, ListingReadOptions options, BytesReader read)
    {
        string source = path;
        // Decided before opening: opening a FIFO blocks until a writer comes, and a device never ends.
        if (InputFile.Problem(path) is { } problem) return Unreadable(source, options, problem);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            long length = stream.Length;
            if (length == 0) return new DiagnosticList(options.MaxDiagnostics);
            if (length < MemoryMapThreshold)
            {
                var bytes = new byte[length];
                stream.ReadExactly(bytes);
                fixed (byte* data = bytes)
                {
                    return FromBytes(data, length, source, options, read);
                }
            }

            using var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            using var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            try
            {
                using var pages = MappedPages.Register(pointer + view.PointerOffset, length);
                return FromBytes(pointer + view.PointerOffset, length, source, options, read);
            }
            finally
            {
                view.SafeMemoryMappedViewHandle.ReleasePointer();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Unreadable(source, options, $"cannot read the listing: {Reason(e, path)}");
        }
    }

    public static unsafe DiagnosticList FromStream(
        Stream stream, string source, ListingReadOptions options, BytesReader read)
    {
        byte[] bytes;
        int length;
        try
        {
            // Standard input cannot seek and its length is unknown: it is read to the end, then parsed as bytes.
            var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int count;
            while ((count = stream.Read(chunk)) > 0)
            {
                options.CancellationToken.ThrowIfCancellationRequested();
                buffer.Write(chunk, 0, count);
            }
            options.CancellationToken.ThrowIfCancellationRequested();
            (bytes, length) = (buffer.GetBuffer(), (int)buffer.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Unreadable(source, options, $"cannot read the listing: {e.Message}");
        }
        if (length == 0) return new DiagnosticList(options.MaxDiagnostics);
        fixed (byte* data = bytes)
        {
            return FromBytes(data, length, source, options, read);
        }
    }

    private static string Reason(Exception e, string path) => e switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException when Directory.Exists(path) => "this is a directory, not a listing",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    public static DiagnosticList Unreadable(string source, ListingReadOptions options, string message)
    {
        var diagnostics = new DiagnosticList(options.MaxDiagnostics);
        diagnostics.Add(new SourceDiagnostic(DiagnosticCodes.Unreadable, DiagnosticSeverity.Error, source, 0, message));
        return diagnostics;
    }

    public static unsafe DiagnosticList FromBytes(byte* data, long length, string source, ListingReadOptions options, BytesReader read)
    {
        using var collection = ThroughputCollection.For(length);
        var encoding = SourceEncoding.OtherThanUtf8(new ReadOnlySpan<byte>(data, (int)Math.Min(length, 4)), out int markLength);
        if (encoding is null) return read(data, length);
        if (length > Array.MaxLength / 3)
        {
            return Unreadable(source, options, $"the file is {encoding.WebName} and over {Array.MaxLength / 3 / 1_000_000:N0} MB; convert it to UTF-8 to read it");
        }
        var utf8 = SourceEncoding.ToUtf8(new ReadOnlySpan<byte>(data + markLength, (int)(length - markLength)), encoding);
        fixed (byte* converted = utf8)
        {
            return read(converted, utf8.Length);
        }
    }
}

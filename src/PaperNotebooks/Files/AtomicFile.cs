using System.Text;

namespace PaperNotebooks.Files;

/// <summary>
/// Writes files whole or not at all, and never over anything unasked. The content goes to a temporary file in the
/// target's folder and is renamed over the target only once complete, so a crash or <c>kill -9</c> leaves either the
/// old file or the new one. An existing file is replaced only when the caller says so (<c>--force</c>), and never
/// when it is one of the inputs being read.
/// </summary>
public static class AtomicFile
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Null when <paramref name="path"/> may be written with these options; otherwise why not, as one line.
    /// Checked again by the writes; call it first to refuse before doing long work.</summary>
    /// <param name="inputs">Files being read for this write; the target may not be any of them.</param>
    public static string? Problem(string path, bool overwrite, IEnumerable<string>? inputs = null)
    {
        if (string.IsNullOrWhiteSpace(path)) return "no output file was given";
        if (path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar)) return $"'{path}' is a folder; give a file name";
        var target = FileStatus.Of(path);
        switch (target.Kind)
        {
            case FileKind.Missing:
                return null;
            case FileKind.Directory:
                return $"'{path}' is a folder; give a file name";
            case FileKind.Regular:
                break;
            default:
                return $"'{path}' is not a regular file; write to a file";
        }
        foreach (string input in inputs ?? [])
        {
            if (target.IsSameFileAs(FileStatus.Of(input)) || SamePath(path, input))
            {
                return $"'{path}' is the file being read; write to another file";
            }
        }
        return overwrite ? null : $"'{path}' exists; use --force to replace it";
    }

    /// <summary>Null when files can be made in <paramref name="folder"/> (made if missing); otherwise why not.</summary>
    public static string? FolderProblem(string folder)
    {
        try
        {
            if (File.Exists(folder)) return $"'{folder}' is a file, not a folder";
            Directory.CreateDirectory(folder);
            string probe = Path.Combine(folder, $".papernotebooks-{Guid.NewGuid():N}.tmp");
            using (new FileStream(probe, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.DeleteOnClose }))
            {
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return $"cannot write in '{folder}': {Reason(e)}";
        }
    }

    /// <summary>Writes <paramref name="path"/> from a stream. Throws <see cref="OutputFileException"/> when it may not
    /// or cannot; the target is then untouched.</summary>
    public static void Write(string path, Action<Stream> write, bool overwrite, IEnumerable<string>? inputs = null)
    {
        if (Problem(path, overwrite, inputs) is { } problem) throw new OutputFileException(problem);
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full)!;
        string temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                BufferSize = 1 << 16,
            }))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            KeepMode(full, temporary);
            File.Move(temporary, full, overwrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            TryDelete(temporary);
            if (e is OutputFileException) throw;
            if (!overwrite && File.Exists(full)) throw new OutputFileException($"'{path}' exists; use --force to replace it", e);
            throw new OutputFileException($"cannot write '{path}': {Reason(e)}", e);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Writes <paramref name="path"/> as UTF-8 text (no BOM) through a writer.</summary>
    public static void WriteText(string path, Action<TextWriter> write, bool overwrite, IEnumerable<string>? inputs = null) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true);
            write(writer);
        }, overwrite, inputs);

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> as UTF-8 (no BOM).</summary>
    public static void WriteString(string path, string text, bool overwrite, IEnumerable<string>? inputs = null) =>
        WriteText(path, writer => writer.Write(text), overwrite, inputs);

    private static void KeepMode(string target, string temporary)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(target)) return;
        File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "no such folder",
        _ => e.Message,
    };
}

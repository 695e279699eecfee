namespace PaperNotebooks.Files;

/// <summary>
/// Decides, before anything opens it, whether a path can be read as an input file. A FIFO blocks the reader forever,
/// a device such as <c>/dev/zero</c> never ends, and <c>/proc</c> files report size 0: all are refused by name.
/// </summary>
public static class InputFile
{
    /// <summary>Null when <paramref name="path"/> is a regular file that can be read; otherwise why not, as one line
    /// that names the path (<c>'/dev/zero' is not a regular file</c>).</summary>
    public static string? Problem(string path)
    {
        var status = FileStatus.Of(path);
        return status.Kind switch
        {
            FileKind.Missing => $"'{path}': no such file",
            FileKind.Directory => $"'{path}' is a folder, not a file",
            FileKind.Regular when status.Size == 0 && IsKernelFile(path) => $"'{path}' is not a regular file (a kernel file that reports no size)",
            FileKind.Regular => null,
            _ => $"'{path}' is not a regular file",
        };
    }

    private static bool IsKernelFile(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            if (new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target) full = target.FullName;
        }
        catch (IOException)
        {
        }
        return full.StartsWith("/proc/", StringComparison.Ordinal) || full.StartsWith("/sys/", StringComparison.Ordinal);
    }
}

using Microsoft.Win32.SafeHandles;

namespace PaperNotebooks.Files;

/// <summary>
/// The one way the project makes a file that is not an output: a scratch file of its own for data too large for
/// memory (<see cref="Text.SpilledTexts"/>), with a new random name in a folder it is given, created only if no file has
/// that name, and removed from the folder as soon as it is open, so that it can never be or replace anyone's file and
/// nothing is left behind whatever ends the process. Its space is allocated when it is made.
/// </summary>
internal static class ScratchFile
{
    /// <summary>An open, already unlinked file of <paramref name="length"/> allocated bytes in <paramref name="folder"/>,
    /// or null when one cannot be made there (no such folder, no room, no right). Unix only: elsewhere an open file
    /// cannot be unlinked, and this returns null.</summary>
    public static SafeFileHandle? TryCreate(string folder, string prefix, long length)
    {
        if (OperatingSystem.IsWindows()) return null;
        string path = Path.Combine(folder, $"{prefix}-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        SafeFileHandle? file = null;
        try
        {
            file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.None, preallocationSize: length);
            File.Delete(path);
            return file;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            file?.Dispose();
            try { File.Delete(path); } catch (Exception again) when (again is IOException or UnauthorizedAccessException) { }
            return null;
        }
    }
}

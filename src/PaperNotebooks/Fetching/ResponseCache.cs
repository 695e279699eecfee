using System.Security.Cryptography;
using System.Text;
using PaperNotebooks.Files;

namespace PaperNotebooks.Fetching;

/// <summary>
/// Response bodies on disk, one file each, named by the SHA-256 of the service and the request's parameters (not the
/// address, nor a <c>mailto</c>: a cache shared with a notebook answers whoever runs it, against any mirror). Files are written whole (a temporary file renamed),
/// and past the size limit the oldest are deleted. A cache that cannot be written is a warning, never a failure.
/// </summary>
internal sealed class ResponseCache(string folder, long limitBytes)
{
    public const string FolderVariable = "PAPERNOTEBOOKS_CACHE";

    public string Folder { get; } = folder;

    /// <summary><c>PAPERNOTEBOOKS_CACHE</c> when set, else <c>.papernotebooks/cache</c> in the user's home.</summary>
    public static string DefaultFolder =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } set
            ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".papernotebooks", "cache");

    public static ResponseCache? For(FetchOptions options) =>
        options.CacheLimitBytes <= 0 ? null : new ResponseCache(options.CacheFolder ?? DefaultFolder, options.CacheLimitBytes);

    /// <summary>The file a URL's response is kept in.</summary>
    public string PathOf(string key, string extension) =>
        Path.Combine(Folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32] + extension);

    private static bool IsResponse(FileInfo file)
    {
        string stem = Path.GetFileNameWithoutExtension(file.Name);
        return stem.Length == 32 && stem.All(char.IsAsciiHexDigitLower) && file.Extension is ".atom" or ".json";
    }

    public byte[]? TryGet(string key, string extension)
    {
        try
        {
            string path = PathOf(key, extension);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps a body; null when kept, else why not (one line).</summary>
    public string? Put(string key, string extension, byte[] body)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            AtomicFile.Write(PathOf(key, extension), stream => stream.Write(body), overwrite: true);
            Trim();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutputFileException)
        {
            return $"could not keep the response in the cache folder '{Folder}': {e.Message}";
        }
    }

    // Oldest first out until the folder is under its limit. Only responses are counted and deleted: a cache folder
    // pointed at a folder that holds anything else loses nothing of it.
    private void Trim()
    {
        var files = new DirectoryInfo(Folder).EnumerateFiles()
            .Where(IsResponse)
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .ToList();
        long total = 0;
        foreach (var file in files)
        {
            total += file.Length;
            if (total > limitBytes) file.Delete();
        }
    }
}

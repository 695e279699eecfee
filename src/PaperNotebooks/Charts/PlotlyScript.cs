using System.Buffers;
using System.Text;
using System.Text.Json;

namespace PaperNotebooks.Charts;

/// <summary>
/// The plotly.js bundle this library was built with (npm <c>plotly.js-dist-min</c>, pinned in <c>eng/plotly</c>),
/// embedded in the assembly so charts can be inlined in a page that must work offline.
/// </summary>
public static class PlotlyScript
{
    private const string BundleResource = "PaperNotebooks.Charts.plotly.min.js";
    private const string PackageResource = "PaperNotebooks.Charts.plotly.package.json";

    private static readonly Lazy<string> LazySource = new(() => Encoding.UTF8.GetString(Utf8.Span));
    private static readonly Lazy<string> LazyVersion = new(() =>
        JsonDocument.Parse(Read(PackageResource)).RootElement.GetProperty("version").GetString()
        ?? throw new InvalidOperationException("The embedded plotly.js package.json has no version."));
    private static readonly Lazy<ReadOnlyMemory<byte>> LazyUtf8 = new(() => Read(BundleResource));

    /// <summary>The minified plotly.js source (about 4.5 MB), read from the assembly on first use.</summary>
    public static string Source => LazySource.Value;

    /// <summary>The plotly.js version, as its npm package gives it (<c>2.35.3</c>).</summary>
    public static string Version => LazyVersion.Value;

    /// <summary>The source as the UTF-8 the assembly holds, for callers that decode it into a larger text of their own
    /// (<see cref="PlotlyHtml.InlineScriptTag()"/>) rather than keep a second copy as <see cref="Source"/>.</summary>
    internal static ReadOnlyMemory<byte> Utf8 => LazyUtf8.Value;

    /// <summary>A resource's bytes where the loaded assembly holds them (an assembly read from a file is mapped, so no copy
    /// is made), else copied once.</summary>
    private static unsafe ReadOnlyMemory<byte> Read(string resource)
    {
        using var stream = typeof(PlotlyScript).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The assembly has no embedded '{resource}': it was built without plotly.js.");
        if (stream is UnmanagedMemoryStream mapped && mapped.Length <= int.MaxValue)
            return new MappedBytes(mapped.PositionPointer, (int)mapped.Length).Memory;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Bytes of the assembly's image, which stays mapped while the assembly is loaded (never unloaded here).</summary>
    private sealed unsafe class MappedBytes(byte* start, int length) : MemoryManager<byte>
    {
        public override Span<byte> GetSpan() => new(start, length);

        public override MemoryHandle Pin(int elementIndex = 0) => new(start + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}

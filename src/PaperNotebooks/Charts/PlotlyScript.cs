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

    private static readonly Lazy<string> LazySource = new(() => Read(BundleResource));
    private static readonly Lazy<string> LazyVersion = new(() =>
        JsonDocument.Parse(Read(PackageResource)).RootElement.GetProperty("version").GetString()
        ?? throw new InvalidOperationException("The embedded plotly.js package.json has no version."));

    /// <summary>The minified plotly.js source (about 4.5 MB), read from the assembly on first use.</summary>
    public static string Source => LazySource.Value;

    /// <summary>The plotly.js version, as its npm package gives it (<c>2.35.3</c>).</summary>
    public static string Version => LazyVersion.Value;

    private static string Read(string resource)
    {
        using var stream = typeof(PlotlyScript).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The assembly has no embedded '{resource}': it was built without plotly.js.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

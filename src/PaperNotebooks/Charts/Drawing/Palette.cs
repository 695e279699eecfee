namespace PaperNotebooks.Charts.Drawing;

/// <summary>Colours: plotly's own qualitative set for named series, grey for "Other".</summary>
internal static class Palette
{
    private static readonly string[] Series =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#bcbd22", "#17becf"];

    public const string Other = "#b0b0b0";
    public const string Accent = "#1f77b4";
    public const string Edge = "rgba(120,120,120,0.45)";

    public static string Color(int index) => Series[index % Series.Length];

    /// <summary>ColorBrewer's sequential blues, light for few papers, dark for many.</summary>
    public static object[][] Blues { get; } =
    [
        [0.0, "#f7fbff"], [0.25, "#c6dbef"], [0.5, "#6baed6"], [0.75, "#2171b5"], [1.0, "#08306b"],
    ];
}

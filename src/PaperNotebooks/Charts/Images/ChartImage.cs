namespace PaperNotebooks.Charts.Images;

/// <summary>A chart drawn by plotly.js as a PNG: <see cref="Width"/> by <see cref="Height"/> CSS pixels, drawn at
/// <see cref="Scale"/> device pixels each so it stays sharp on a high-density screen and in print.</summary>
public sealed record ChartImage(byte[] Png, int Width, int Height, double Scale)
{
    /// <summary>The PNG as nbformat stores <c>image/png</c>: base64 without line breaks.</summary>
    public string Base64 => Convert.ToBase64String(Png);
}

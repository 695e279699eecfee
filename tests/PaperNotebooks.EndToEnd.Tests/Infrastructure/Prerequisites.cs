namespace PaperNotebooks.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The programs end-to-end tests drive. A missing one fails the test with the command that installs it:
/// these tests never skip.
/// </summary>
internal static class Prerequisites
{
    public const string Jupyter = "/usr/bin/jupyter";
    public const string Chromium = "/usr/bin/chromium";
    public const string Python = "/usr/bin/python3";
    public const string KernelSpec = "/usr/local/share/jupyter/kernels/.net-csharp/kernel.json";
    public const string PdfToText = "/usr/bin/pdftotext";
    public const string PdfToPpm = "/usr/bin/pdftoppm";
    public const string PdfImages = "/usr/bin/pdfimages";

    public static void Require()
    {
        var missing = new[] { Jupyter, Chromium, Python, KernelSpec, PdfToText, PdfToPpm, PdfImages }.Where(p => !File.Exists(p)).ToArray();
        Assert.True(missing.Length == 0,
            $"End-to-end prerequisites are missing ({string.Join(", ", missing)}): run 'bash eng/install-e2e-prerequisites.sh'.");
    }
}

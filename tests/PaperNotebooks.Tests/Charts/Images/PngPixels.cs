using PuppeteerSharp;

namespace PaperNotebooks.Tests.Charts.Images;

/// <summary>Reads a PNG's size and counts its colours in a Chromium page (a canvas decodes it), so tests can say an
/// image is not blank without an image library.</summary>
internal static class PngPixels
{
    public static async Task<(int Width, int Height, int Colours)> ReadAsync(IPage page, byte[] png)
    {
        var read = await page.EvaluateFunctionAsync<int[]>("""
            async (base64) => {
              const img = new Image();
              img.src = "data:image/png;base64," + base64;
              await img.decode();
              const canvas = document.createElement("canvas");
              canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
              const context = canvas.getContext("2d");
              context.drawImage(img, 0, 0);
              const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
              const colours = new Set();
              for (let i = 0; i < pixels.length && colours.size < 1000; i += 4) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
              return [canvas.width, canvas.height, colours.size];
            }
            """, Convert.ToBase64String(png));
        return (read[0], read[1], read[2]);
    }
}

using PaperNotebooks.Sources.BibTex;

namespace PaperNotebooks.Tests.Sources.BibTex;

public sealed class LatexTextTests
{
    [Theory]
    [InlineData("M{\\\"u}ller", "Müller")]
    [InlineData("M\\\"uller", "Müller")]
    [InlineData("M\\\"{u}ller", "Müller")]
    [InlineData("Ren\\'{e}", "René")]
    [InlineData("Ren\\'e", "René")]
    [InlineData("{\\'E}cole", "École")]
    [InlineData("Stra{\\ss}e", "Straße")]
    [InlineData("Fran\\c{c}ois", "François")]
    [InlineData("Fran\\c cois", "François")]
    [InlineData("Fran{\\c{c}}ois", "François")]
    [InlineData("S{\\o}ren", "Søren")]
    [InlineData("{\\AA}ngstr{\\\"o}m", "Ångström")]
    [InlineData("Dvo\\v{r}\\'ak", "Dvořák")]
    [InlineData("Erd\\H{o}s", "Erdős")]
    [InlineData("\\L{}ukasz", "Łukasz")]
    [InlineData("Jos\\'{\\i}", "Josí")]
    [InlineData("Jos\\'\\i", "Josí")]
    [InlineData("na\\\"{\\i}ve", "naïve")]
    [InlineData("Nguy\\~{\\^e}n", "Nguyễn")]
    [InlineData("Pages 1--10", "Pages 1–10")]
    [InlineData("yes---no", "yes—no")]
    [InlineData("Tom \\& Jerry", "Tom & Jerry")]
    [InlineData("50\\% off", "50% off")]
    [InlineData("{BERT}: Pre-training of Deep Bidirectional Transformers", "BERT: Pre-training of Deep Bidirectional Transformers")]
    [InlineData("{{GPT}}-4 {T}echnical {R}eport", "GPT-4 Technical Report")]
    [InlineData("An \\emph{important} result", "An important result")]
    [InlineData("\\textbf{Bold} and \\textit{italic}", "Bold and italic")]
    [InlineData("Fig.~1", "Fig. 1")]
    [InlineData("``quoted''", "“quoted”")]
    [InlineData("A  title\n   over lines", "A title over lines")]
    [InlineData("Attention in $O(n \\log n)$ time", "Attention in $O(n \\log n)$ time")]
    [InlineData("The \\unknowncommand stays", "The \\unknowncommand stays")]
    [InlineData("\\LaTeX{} for all", "LaTeX for all")]
    public void LaTeX_accents_symbols_and_case_braces_become_plain_Unicode(string raw, string shown)
    {
        Assert.Equal(shown, LatexText.ToUnicode(raw));
    }

    [Theory]
    [InlineData("\\")]
    [InlineData("\\'")]
    [InlineData("{{{{")]
    [InlineData("}}}}")]
    [InlineData("\\'{")]
    [InlineData("$unclosed math")]
    [InlineData("\\c")]
    public void Broken_LaTeX_never_throws(string raw)
    {
        _ = LatexText.ToUnicode(raw);
    }

    [Fact]
    public void Long_hostile_LaTeX_decodes_in_linear_time()
    {
        foreach (string unit in new[] { "\\'{", "\\'\\'", "{\\\"", "\\c{" })
        {
            string text = string.Concat(Enumerable.Repeat(unit, 300_000));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            _ = LatexText.ToUnicode(text);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{unit}: {clock.Elapsed}");
        }
    }
}

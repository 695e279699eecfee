using PaperNotebooks.Model;

namespace PaperNotebooks.Tests.Model;

public sealed class ArxivCategoriesTests
{
    [Theory]
    [InlineData("CL", "cs.CL", "Computation and Language")]
    [InlineData("PF", "cs.PF", "Performance")]
    [InlineData("DC", "cs.DC", "Distributed, Parallel, and Cluster Computing")]
    [InlineData("DB", "cs.DB", "Databases")]
    [InlineData("CR", "cs.CR", "Cryptography and Security")]
    [InlineData("AI", "cs.AI", "Artificial Intelligence")]
    [InlineData("LG", "cs.LG", "Machine Learning")]
    [InlineData("ML", "stat.ML", "Machine Learning")]
    public void A_short_code_resolves_to_its_category_and_name(string code, string id, string name)
    {
        Assert.True(ArxivCategories.TryResolve(code, out var category));
        Assert.Equal(new ArxivCategory(code, id, name), category);
    }

    [Theory]
    [InlineData("CV", "cs.CV")]
    [InlineData("SY", "cs.SY")]
    [InlineData("AP", "stat.AP")]
    [InlineData("CO", "stat.CO")]
    [InlineData("TH", "stat.TH")]
    [InlineData("SP", "eess.SP")]
    [InlineData("AS", "eess.AS")]
    [InlineData("GN", "math.GN")]
    [InlineData("PR", "math.PR")]
    [InlineData("ST", "math.ST")]
    [InlineData("OT", "stat.OT")]
    [InlineData("EC", "q-fin.EC")]
    [InlineData("EM", "econ.EM")]
    [InlineData("GA", "astro-ph.GA")]
    [InlineData("AO", "nlin.AO")]
    public void An_ambiguous_code_resolves_by_archive_order(string code, string id) =>
        Assert.Equal(id, ArxivCategories.Resolve(code));

    [Fact]
    public void An_unknown_code_does_not_resolve()
    {
        Assert.False(ArxivCategories.TryResolve("ZZ", out _));
        Assert.Null(ArxivCategories.Resolve("ZZ"));
        Assert.Null(ArxivCategories.Resolve("cs.ZZ"));
        Assert.Null(ArxivCategories.Resolve(""));
        Assert.Null(ArxivCategories.FindById("LG"));
    }

    [Theory]
    [InlineData("lg", "cs.LG")]
    [InlineData("Ml", "stat.ML")]
    [InlineData("cs.LG", "cs.LG")]
    [InlineData("CS.lg", "cs.LG")]
    [InlineData("math.cv", "math.CV")]
    [InlineData("ASTRO-PH.co", "astro-ph.CO")]
    public void Codes_and_ids_resolve_ignoring_case_to_the_arxiv_spelling(string codeOrId, string id) =>
        Assert.Equal(id, ArxivCategories.Resolve(codeOrId));

    [Fact]
    public void Every_cs_code_resolves_to_cs()
    {
        var cs = ArxivCategories.All.Where(c => c.Id.StartsWith("cs.", StringComparison.Ordinal)).ToList();
        Assert.Equal(40, cs.Count);
        Assert.All(cs, c => Assert.Equal(c.Id, ArxivCategories.Resolve(c.Code)));
    }

    [Fact]
    public void Every_id_is_found_including_those_its_code_does_not_resolve_to()
    {
        Assert.Equal(115, ArxivCategories.All.Count);
        Assert.Equal(ArxivCategories.All.Count, ArxivCategories.All.Select(c => c.Id).Distinct().Count());
        Assert.All(ArxivCategories.All, c => Assert.Same(c, ArxivCategories.FindById(c.Id)));
        Assert.Equal("Complex Variables", ArxivCategories.FindById("math.CV")?.Name);
        Assert.Equal("Cosmology and Nongalactic Astrophysics", ArxivCategories.FindById("astro-ph.CO")?.Name);
    }

    [Fact]
    public void Every_category_has_a_two_letter_code_that_ends_its_id()
    {
        Assert.All(ArxivCategories.All, c =>
        {
            Assert.Matches("^[A-Z]{2}$", c.Code);
            Assert.EndsWith("." + c.Code, c.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
        });
    }

    [Fact]
    public void Archives_come_in_resolution_order()
    {
        var archives = ArxivCategories.All.Select(c => c.Id[..c.Id.IndexOf('.')]).Distinct();
        Assert.Equal(["cs", "stat", "eess", "math", "q-bio", "q-fin", "econ", "astro-ph", "nlin"], archives);
    }
}

using PaperNotebooks.Model;

namespace PaperNotebooks.Tests.Model;

public sealed class DerivedStateTests
{
    [Fact]
    public void A_derived_state_whose_build_failed_is_built_again_on_the_next_use()
    {
        var papers = new PaperCollection(TestPapers.Seed.ToList());

        Assert.Throws<ThreadInterruptedException>(() => papers.Derived<string>(_ => throw new ThreadInterruptedException()));
        string built = papers.Derived<string>(p => $"{p.Count} papers");

        Assert.Equal($"{TestPapers.Seed.Count} papers", built);
        Assert.Same(built, papers.Derived<string>(_ => "not built twice"));
    }
}

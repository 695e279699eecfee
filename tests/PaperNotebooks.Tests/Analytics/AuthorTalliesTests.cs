using CsCheck;

using PaperNotebooks.Analytics;

namespace PaperNotebooks.Tests.Analytics;

/// <summary>The people with most papers, as a full sort of everyone ranks them.</summary>
public sealed class AuthorTalliesTests
{
    [Fact]
    public void The_top_people_are_the_first_of_everyone_sorted_by_papers_then_name()
    {
        // Few names on many papers: ties on the paper count everywhere, at the cut too.
        var papers = Gen.Int[0, 30].Select(n => $"Person {n}").Array[1, 4].Array[0, 300];
        Gen.Select(papers, Gen.Int[-1, 40]).Sample((lists, count) =>
        {
            var tallies = new AuthorTallies();
            foreach (var authors in lists) tallies.AddPaper(authors);
            var everyone = Enumerable.Range(0, tallies.People)
                .OrderByDescending(person => tallies[person].Papers).ThenBy(person => tallies[person].DisplayName, StringComparer.Ordinal);
            Assert.Equal(everyone.Take(Math.Max(0, count)), tallies.Top(count));
        }, iter: 400);
    }
}

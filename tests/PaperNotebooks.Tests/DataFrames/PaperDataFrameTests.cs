using Microsoft.Data.Analysis;
using PaperNotebooks.DataFrames;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.DataFrames;

public sealed class PaperDataFrameTests
{
    private static readonly DataFrame Frame =
        TestPapers.Seed.ToDataFrame();

    [Fact]
    public void The_frame_has_the_documented_columns_in_order()
    {
        Assert.Equal(
            ["Id", "Title", "Authors", "FirstAuthor", "AuthorCount", "AuthorsTruncated", "Affiliations", "Category", "CategoryName",
             "Published", "Year", "Month", "YearInferred", "HasCode", "CodeUrl", "Score", "Abstract", "Line",
             "ArxivId", "Doi", "Url", "Venue", "Categories", "Updated", "Source"],
            Frame.Columns.Select(c => c.Name));
        Assert.Equal(18, Frame.Rows.Count);
    }

    [Fact]
    public void Columns_are_typed_and_missing_values_are_null()
    {
        Assert.Equal(typeof(DateTime), Frame.Columns["Published"].DataType);
        Assert.Equal(typeof(int), Frame.Columns["Year"].DataType);
        Assert.Equal(typeof(bool), Frame.Columns["HasCode"].DataType);
        Assert.Equal(typeof(double), Frame.Columns["Score"].DataType);

        Assert.Null(Frame.Columns["Score"][0]);
        Assert.Equal(67.5, Frame.Columns["Score"][7]);
        Assert.Null(Frame.Columns["CodeUrl"][0]);
        Assert.Equal("LLM-jp; Akiko Aizawa; Eiji Aramaki", Frame.Columns["Authors"][0]);
        Assert.Equal(new DateTime(2024, 7, 4), Frame.Columns["Published"][0]);
        Assert.Equal(15, Frame.Columns["Score"].NullCount);
    }

    [Fact]
    public void A_large_frame_built_in_one_pass_on_every_core_holds_each_paper_in_its_row()
    {
        var papers = PaperNotebooks.Tests.Search.ScanPapers.Make(30_000, seed: 4);

        var frame = papers.ToDataFrame();

        Assert.Equal(30_000, frame.Rows.Count);
        foreach (int row in new[] { 0, 1, 4_095, 4_096, 12_345, 29_999 })
        {
            var paper = papers[row];
            Assert.Equal(paper.Id, frame.Columns["Id"][row]);
            Assert.Equal(string.Join("; ", paper.Authors), frame.Columns["Authors"][row]);
            Assert.Equal(paper.Authors[0], frame.Columns["FirstAuthor"][row]);
            Assert.Equal(paper.Authors.Count, frame.Columns["AuthorCount"][row]);
            Assert.Equal(paper.Published.Year, frame.Columns["Year"][row]);
            Assert.Equal(paper.HasCode, frame.Columns["HasCode"][row]);
            Assert.Equal(paper.Venue, frame.Columns["Venue"][row]);
            Assert.Equal(paper.Abstract, frame.Columns["Abstract"][row]);
        }
    }

    [Fact]
    public void The_frame_supports_ordinary_analysis()
    {
        var perYear = Frame.GroupBy("Year").Count();
        var year2024 = perYear.Filter(perYear.Columns["Year"].ElementwiseEquals(2024));

        Assert.Equal(6L, Convert.ToInt64(year2024.Columns["Id"][0]));
    }
}

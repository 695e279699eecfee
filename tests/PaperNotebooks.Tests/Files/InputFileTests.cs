using System.Diagnostics;
using PaperNotebooks.Files;

namespace PaperNotebooks.Tests.Files;

public sealed class InputFileTests
{
    [Fact]
    public void A_regular_file_can_be_read()
    {
        Assert.Null(InputFile.Problem(TestFiles.Seed));
    }

    [Fact]
    public void An_empty_regular_file_can_be_read()
    {
        using var scratch = new ScratchFolder();
        Assert.Null(InputFile.Problem(scratch.Write("empty.txt", "")));
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("/dev/null")]
    public void A_character_device_is_not_a_regular_file(string path)
    {
        Assert.Equal($"'{path}' is not a regular file", InputFile.Problem(path));
    }

    [Fact]
    public void A_proc_file_that_reports_no_size_is_refused()
    {
        Assert.StartsWith("'/proc/self/status' is not a regular file", InputFile.Problem("/proc/self/status"));
    }

    [Fact]
    public void A_fifo_is_refused_without_opening_it()
    {
        using var scratch = new ScratchFolder();
        string fifo = Path.Combine(scratch.Path, "pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();

        Assert.Equal($"'{fifo}' is not a regular file", InputFile.Problem(fifo));
    }

    [Fact]
    public void A_folder_and_a_missing_file_are_named()
    {
        using var scratch = new ScratchFolder();
        Assert.Equal($"'{scratch.Path}' is a folder, not a file", InputFile.Problem(scratch.Path));
        Assert.Equal("'/nonexistent/x.txt': no such file", InputFile.Problem("/nonexistent/x.txt"));
    }

    [Fact]
    public void The_same_file_through_a_link_has_the_same_identity()
    {
        using var scratch = new ScratchFolder();
        string file = scratch.Write("a.txt", "a");
        string link = Path.Combine(scratch.Path, "b.txt");
        File.CreateSymbolicLink(link, file);

        Assert.True(FileStatus.Of(link).IsSameFileAs(FileStatus.Of(file)));
        Assert.False(FileStatus.Of(scratch.Write("c.txt", "a")).IsSameFileAs(FileStatus.Of(file)));
    }
}

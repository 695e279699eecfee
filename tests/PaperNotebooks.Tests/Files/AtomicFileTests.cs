using PaperNotebooks.Files;

namespace PaperNotebooks.Tests.Files;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AtomicFileTests
{
    [Fact]
    public void A_new_file_is_written_whole_and_no_temporary_file_is_left()
    {
        using var scratch = new ScratchFolder();
        string path = Path.Combine(scratch.Path, "out.txt");

        AtomicFile.WriteString(path, "hello", overwrite: false);

        Assert.Equal("hello", File.ReadAllText(path));
        Assert.Equal(["out.txt"], Directory.GetFiles(scratch.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void An_existing_file_is_refused_without_overwrite_and_left_as_it_was()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.Write("hand-edited.bib", "@article{mine}");

        var error = Assert.Throws<OutputFileException>(() => AtomicFile.WriteString(path, "new", overwrite: false));

        Assert.Equal($"'{path}' exists; use --force to replace it", error.Message);
        Assert.Equal("@article{mine}", File.ReadAllText(path));
    }

    [Fact]
    public void An_existing_file_is_replaced_with_overwrite_and_keeps_its_permissions()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.Write("out.csv", "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        AtomicFile.WriteString(path, "new", overwrite: true);

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void The_file_being_read_is_never_replaced_even_with_overwrite()
    {
        using var scratch = new ScratchFolder();
        string listing = scratch.Write("l.txt", "listing");
        string sameThroughLink = Path.Combine(scratch.Path, "link.txt");
        File.CreateSymbolicLink(sameThroughLink, listing);

        var direct = Assert.Throws<OutputFileException>(() => AtomicFile.WriteString(listing, "csv", overwrite: true, inputs: [listing]));
        var linked = Assert.Throws<OutputFileException>(() => AtomicFile.WriteString(sameThroughLink, "csv", overwrite: true, inputs: [listing]));

        Assert.Equal($"'{listing}' is the file being read; write to another file", direct.Message);
        Assert.Contains("is the file being read", linked.Message);
        Assert.Equal("listing", File.ReadAllText(listing));
    }

    [Fact]
    public void A_write_that_fails_halfway_leaves_the_old_file_and_no_temporary_file()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.Write("existing.json", "[\"old\"]");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("[\"new\", "u8);
            throw new InvalidOperationException("killed");
        }, overwrite: true));

        Assert.Equal("[\"old\"]", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(scratch.Path));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tmp/")]
    public void A_folder_as_the_target_is_one_clear_line(string folder)
    {
        var error = Assert.Throws<OutputFileException>(() => AtomicFile.WriteString(folder, "x", overwrite: true));

        Assert.Equal($"'{folder}' is a folder; give a file name", error.Message);
    }

    [Fact]
    public void A_device_as_the_target_is_refused()
    {
        Assert.Equal("'/dev/null' is not a regular file; write to a file", AtomicFile.Problem("/dev/null", overwrite: true));
    }

    [Fact]
    public void A_missing_folder_is_made_as_in_any_save_as()
    {
        using var scratch = new ScratchFolder();
        string path = Path.Combine(scratch.Path, "new", "deeper", "papers.bib");

        AtomicFile.WriteString(path, "x", overwrite: false);

        Assert.Equal("x", File.ReadAllText(path));
    }

    [Fact]
    public void A_folder_that_cannot_be_written_is_reported_before_any_work()
    {
        Assert.StartsWith("cannot write in '/proc'", AtomicFile.FolderProblem("/proc"));
        using var scratch = new ScratchFolder();
        Assert.Null(AtomicFile.FolderProblem(Path.Combine(scratch.Path, "made")));
        Assert.Empty(Directory.GetFiles(Path.Combine(scratch.Path, "made")));
    }
}

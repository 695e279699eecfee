using System.Diagnostics;

namespace PaperNotebooks.Interactive.Tests;

/// <summary>Files a cell names are never destroyed and never hang it: an export keeps what exists unless --force, never
/// writes over a loaded listing, and a load refuses what is not a regular file.</summary>
public sealed class SafeFileTests : IDisposable
{
    private readonly PaperKernel _kernel = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("paper-files").FullName;

    public void Dispose()
    {
        _kernel.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Export_keeps_an_existing_file_unless_force_is_given()
    {
        await _kernel.RunAsync("#!paper load");
        string path = Path.Combine(_folder, "refs.bib");
        File.WriteAllText(path, "% hand-edited\n");

        string error = await _kernel.FailAsync($"#!paper export --to bibtex --out \"{path}\"");

        Assert.Equal($"'{path}' exists; use --force to replace it.", error);
        Assert.Equal("% hand-edited\n", File.ReadAllText(path));
        await _kernel.RunAsync($"#!paper export --to bibtex --out \"{path}\" --force");
        Assert.StartsWith("@", File.ReadAllText(path).TrimStart());
    }

    [Fact]
    public async Task Export_never_writes_over_a_listing_loaded_in_the_session_even_with_force()
    {
        string listing = Path.Combine(_folder, "mylisting.txt");
        File.Copy(Path.Combine(PaperKernel.ListingsFolder, "hostile.txt"), listing);
        string before = File.ReadAllText(listing);
        await _kernel.RunAsync($"#!paper load \"{listing}\" --name mine");
        await _kernel.RunAsync("#!paper load");

        string error = await _kernel.FailAsync($"#!paper export --to csv --out \"{listing}\" --force");

        Assert.Equal($"'{listing}' is the file being read; write to another file.", error);
        Assert.Equal(before, File.ReadAllText(listing));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Theory]
    [InlineData("/", "'/' is a folder; give a file name.")]
    [InlineData("/dev/null", "'/dev/null' is not a regular file; write to a file.")]
    public async Task Export_to_what_is_not_a_file_fails_with_one_line(string target, string message)
    {
        await _kernel.RunAsync("#!paper load");

        string error = await _kernel.FailAsync($"#!paper export --to bibtex --out {target} --force");

        Assert.Equal(message, error);
    }

    [Fact]
    public async Task Force_without_out_is_a_mistake()
    {
        await _kernel.RunAsync("#!paper load");

        Assert.StartsWith("--force goes with --out", await _kernel.FailAsync("#!paper export --to bibtex --force"));
    }

    [Theory]
    [InlineData("/dev/zero", "'/dev/zero' is not a regular file; a listing must be one.")]
    [InlineData("/dev/urandom", "'/dev/urandom' is not a regular file; a listing must be one.")]
    [InlineData("/proc/self/status", "'/proc/self/status' is not a regular file (a kernel file that reports no size); a listing must be one.")]
    public async Task Load_refuses_a_device_or_kernel_file_by_name(string path, string message)
    {
        string error = await _kernel.FailAsync($"#!paper load {path}").WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(message, error);
        Assert.StartsWith("No papers are loaded yet", await _kernel.FailAsync("#!paper list"));
    }

    [Fact]
    public async Task Load_of_a_fifo_fails_at_once_instead_of_hanging_the_cell()
    {
        string fifo = Path.Combine(_folder, "listing.fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) await mkfifo.WaitForExitAsync();

        string error = await _kernel.FailAsync($"#!paper load \"{fifo}\"").WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal($"'{fifo}' is not a regular file; a listing must be one.", error);
    }
}

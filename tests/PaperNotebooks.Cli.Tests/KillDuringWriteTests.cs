using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PaperNotebooks.Tests;

namespace PaperNotebooks.Cli.Tests;

/// <summary><c>kill -9</c> of papernb while it writes a large -o file leaves the old file or the new one, whole.</summary>
public sealed class KillDuringWriteTests : IDisposable
{
    private const string OldContent = "[\"the old file\"]";

    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Killing_parse_while_it_writes_leaves_the_old_file_or_the_complete_new_one()
    {
        string listing = WriteBigListing(Path.Combine(_folder.Path, "big.txt"), megabytes: 100);
        string target = _folder.Write("existing.json", OldContent);

        using var papernb = Process.Start(Papernb.OutOfProcess("parse", listing, "-o", target, "--force"))!;
        bool killedMidWrite = false;
        while (!papernb.HasExited)
        {
            // Writing has begun: into a temporary, or (as papernb once did) straight into the target.
            if (Temporaries().Any(t => new FileInfo(t).Length > 0) || new FileInfo(target).Length != OldContent.Length)
            {
                papernb.Kill(); // SIGKILL: no handler, no cleanup
                killedMidWrite = true;
                break;
            }
            Thread.Sleep(1); // on this thread: an awaited delay can come back late on a busy pool, after the write
        }
        await papernb.WaitForExitAsync();

        Assert.True(killedMidWrite, $"papernb finished (exit {papernb.ExitCode}) before it could be killed while writing: {Tail(await papernb.StandardError.ReadToEndAsync())}");
        string content = File.ReadAllText(target);
        if (content != OldContent)
        {
            using var json = JsonDocument.Parse(content);
            Assert.True(json.RootElement.GetArrayLength() > 1000);
        }
        // What the kill left behind is at most papernb's hidden temporary, never a partial file under a real name.
        Assert.Equal(["big.txt", "existing.json"], Directory.EnumerateFiles(_folder.Path).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order());
    }

    private static string Tail(string text) => text.Length > 500 ? text[^500..] : text;

    private IEnumerable<string> Temporaries() => Directory.EnumerateFiles(_folder.Path, ".existing.json.*.tmp");

    /// <summary>The seed's entries over and over, each copy's titles starting with their own word so keys stay distinct.</summary>
    private static string WriteBigListing(string path, int megabytes)
    {
        string[] lines = File.ReadAllLines(TestFiles.Seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        for (int copy = 0; writer.BaseStream.Position < (long)megabytes << 20; copy++)
        {
            string word = Word(copy);
            for (int i = 0; i < lines.Length; i++) writer.WriteLine(i % 3 == 1 ? $"{word} {lines[i]}" : lines[i]);
        }
        return path;
    }

    private static string Word(int n)
    {
        var word = new StringBuilder("Q");
        for (; n > 0; n /= 26) word.Append((char)('a' + n % 26));
        return word.ToString();
    }
}

using PaperNotebooks.Cli.Notebooks;
using PaperNotebooks.Files;
using PaperNotebooks.Text;

namespace PaperNotebooks.Cli.Commands;

/// <summary>
/// What <c>papernb run</c> and <c>papernb share</c> will read and write, settled before any notebook runs: a run that would end by losing
/// its results (an unwritable folder, two notebooks writing the same file, a file it may not replace) is refused
/// up front instead.
/// </summary>
internal sealed class RunPlan
{
    private RunPlan(IReadOnlyList<string> notebooks, IReadOnlyList<string> formats, string folder, IReadOnlyDictionary<string, bool> replace)
    {
        Notebooks = notebooks;
        Formats = formats;
        Folder = folder;
        _replace = replace;
    }

    private readonly IReadOnlyDictionary<string, bool> _replace;

    public IReadOnlyList<string> Notebooks { get; }

    public IReadOnlyList<string> Formats { get; }

    public string Folder { get; }

    public string OutputOf(string notebook, string format) => OutputPath(Folder, notebook, format);

    /// <summary>Whether the output may replace an existing file: it was written by papernb, or --force was given.</summary>
    public bool MayReplace(string output) => _replace.GetValueOrDefault(output);

    /// <summary>The plan, or null after writing one line per problem to <paramref name="stderr"/>.</summary>
    public static RunPlan? Make(IEnumerable<string> inputs, IReadOnlyList<string> formats, string outFolder, bool force, TextWriter stderr)
    {
        var notebooks = new List<string>();
        foreach (string input in inputs)
        {
            if (Directory.Exists(input))
            {
                notebooks.AddRange(Directory.EnumerateFiles(input, "*.ipynb").Where(p => !p.EndsWith(".executed.ipynb", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(input))
            {
                notebooks.Add(input);
            }
            else
            {
                return Refuse(stderr, $"{Excerpt.Of(input)}: no such notebook or folder");
            }
        }
        notebooks = [.. notebooks.DistinctBy(Path.GetFullPath)];
        if (notebooks.Count == 0) return Refuse(stderr, "no notebooks to run");

        // Compared ignoring case: on macOS and Windows A.ipynb and a.ipynb are one output file.
        foreach (var clash in notebooks.GroupBy(Path.GetFileNameWithoutExtension, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var names = clash.Take(2).Select(n => $"'{Excerpt.Of(n)}'").ToList();
            return Refuse(stderr, $"{names[0]} and {names[1]} would both be written as '{clash.Key}' in --out; run them into different folders or rename one");
        }

        string folder = Path.GetFullPath(outFolder);
        if (AtomicFile.FolderProblem(folder) is { } folderProblem) return Refuse(stderr, $"--out: {folderProblem}");

        var replace = new Dictionary<string, bool>();
        var problems = new List<string>();
        foreach (string output in notebooks.SelectMany(n => formats.Select(f => OutputPath(folder, n, f))))
        {
            replace[output] = force || IsWrittenByPapernb(output);
            if (AtomicFile.Problem(output, replace[output], notebooks) is { } problem) problems.Add($"--out: {problem}");
        }
        foreach (string problem in problems) stderr.WriteLine($"papernb: {problem}");
        return problems.Count > 0 ? null : new RunPlan(notebooks, formats, folder, replace);
    }

    private static string OutputPath(string folder, string notebook, string format) =>
        Path.Combine(folder, Path.GetFileNameWithoutExtension(notebook) + "." + format);

    private static bool IsWrittenByPapernb(string output) =>
        File.Exists(output) && Path.GetExtension(output) switch
        {
            ".html" => NotebookHtmlExporter.IsWrittenByPapernb(output),
            ".pdf" => Sharing.NotebookPdfExporter.IsWrittenByPapernb(output),
            _ => NotebookDocument.IsExecutedByPapernb(output),
        };

    private static RunPlan? Refuse(TextWriter stderr, string message)
    {
        stderr.WriteLine($"papernb: {message}");
        return null;
    }
}

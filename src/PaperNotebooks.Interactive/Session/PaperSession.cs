using PaperNotebooks.Analytics;
using PaperNotebooks.DataFrames;
using PaperNotebooks.Search;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Interactive.Directives;
using Microsoft.Data.Analysis;
using PaperNotebooks.Model;
using PaperNotebooks.Text;
using XPlot.Plotly;

namespace PaperNotebooks.Interactive.Session;

/// <summary>
/// What <c>#!paper</c> remembers in one kernel: the collections loaded, by the C# variable that holds each, where
/// relative paths start, and whether the page has been given plotly.js yet.
/// </summary>
internal sealed class PaperSession(Kernel root, PaperExtensionOptions options)
{
    private readonly Dictionary<string, LoadedPapers> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private int _plotlyInlined;

    public PaperExtensionOptions Options { get; } = options;

    /// <summary>What an interrupt of this kernel does (Jupyter's, passed on by the kernel launcher as SIGURG).</summary>
    public KernelInterrupt? Interrupt { get; set; }

    private CancellationTokenSource _interrupts = new();

    /// <summary>Cancelled by the next interrupt: every #!paper command observes it beside the cell's own cancellation,
    /// which .NET Interactive may deliver late while the machine is busy.</summary>
    public CancellationToken InterruptToken => Volatile.Read(ref _interrupts).Token;

    /// <summary>Cancels the #!paper commands running now; commands started later get a fresh token.</summary>
    public void Interrupted()
    {
        Volatile.Write(ref _interruptedAt, System.Diagnostics.Stopwatch.GetTimestamp());
        var interrupted = Interlocked.Exchange(ref _interrupts, new CancellationTokenSource());
        interrupted.Cancel();
    }

    private long _interruptedAt = long.MinValue;

    /// <summary>Whether an interrupt came after <paramref name="timestamp"/> (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>):
    /// a command whose cell the kernel took in before an interrupt, and which starts only after it, was interrupted.</summary>
    public bool InterruptedSince(long timestamp) => Volatile.Read(ref _interruptedAt) > timestamp;

    /// <summary>
    /// Whether the chart being rendered now carries plotly.js inline. With <see cref="PlotlyInlining.FirstChart"/> only
    /// the first call of the session says yes: the outputs of one session share a page (a notebook, or the HTML made
    /// from it), where that chart's script defines <c>window.Plotly</c> for all the others.
    /// </summary>
    public bool TakePlotlyInline() => Options.InlinePlotly switch
    {
        PlotlyInlining.Never => false,
        PlotlyInlining.EveryChart => true,
        _ => Interlocked.Exchange(ref _plotlyInlined, 1) == 0,
    };

    /// <summary>
    /// The folder relative paths resolve against. .NET Interactive runs a notebook's kernel in the notebook's folder
    /// (its C# kernel resolves <c>#r</c> paths the same way), so this is the current directory unless a test sets it.
    /// </summary>
    public Func<string> BaseDirectory { get; set; } = Directory.GetCurrentDirectory;

    /// <summary>The variable of the collection loaded last, or null before the first load.</summary>
    public string? LastLoaded { get; private set; }

    public IReadOnlyList<string> Names
    {
        get { lock (_gate) return [.. _loaded.Keys]; }
    }

    /// <summary>Every loaded set, the one loaded last first.</summary>
    public IReadOnlyList<LoadedPapers> Loaded
    {
        get
        {
            lock (_gate)
            {
                var all = _loaded.Values.ToList();
                if (LastLoaded is not null && _loaded.TryGetValue(LastLoaded, out var last))
                {
                    all.Remove(last);
                    all.Insert(0, last);
                }
                return all;
            }
        }
    }

    public string ResolvePath(string path) => Path.GetFullPath(path, BaseDirectory());

    /// <summary>The kernel the C# variables go to: the composite's C# kernel, or the kernel itself when it is one.</summary>
    public Kernel? CSharpKernel =>
        root.FindKernelByName("csharp") ?? (root.SupportsCommandType(typeof(SendValue)) ? root : null);

    /// <summary>Every listing file loaded in this session, even one whose variable was loaded again since: an export
    /// may never write over one of them.</summary>
    public IReadOnlyList<string> Sources
    {
        get { lock (_gate) return [.. _sources]; }
    }

    /// <summary>Registers a loaded set and makes it the default; called only once its variables exist. The set it
    /// replaces under the same name lets its search index go.</summary>
    public LoadedPapers Remember(string name, PaperCollection papers, IReadOnlyList<string> files, ListingStatistics? summary = null)
    {
        var loaded = new LoadedPapers(name, papers, string.Join(" ", files), summary);
        LoadedPapers? replaced;
        lock (_gate)
        {
            _loaded.Remove(name, out replaced);
            _loaded[name] = loaded;
            _sources.UnionWith(files);
            LastLoaded = name;
        }
        replaced?.Release();
        return loaded;
    }

    /// <summary>
    /// What <c>load</c> and <c>fetch</c> end with: promises <c>name</c> and <c>nameFrame</c> to C# (made when C# first
    /// names them, <see cref="LazyVariables"/>), remembers the papers with their summary (the collection becomes known,
    /// and the default) and starts building their search index. Returns the variables promised and the loaded set.
    /// </summary>
    public async Task<(IReadOnlyList<string> Variables, LoadedPapers Loaded)> DefineAndRememberAsync(
        string name, PaperCollection papers, IReadOnlyList<string> sources, KernelInvocationContext context, CancellationToken cancellation)
    {
        // The summary the load shows: from the columns the read noted (PaperColumns), milliseconds; for other sets, a
        // pass over the papers on all cores (0.11-0.18 s at a million papers).
        var summary = LongWork.RunAsync(() => LoadedPapers.SummaryOf(papers), cancellation);
        var variables = new List<string>();
        if (CSharpKernel is not null)
        {
            DefineLater(name, () => papers, listed: true);
            DefineLater(name + "Frame", papers.ToDataFrame);
            variables.Add(name);
            variables.Add(name + "Frame");
        }
        // Remembered even when the wait for the summary is interrupted (the set then works its summary out when asked).
        ListingStatistics? summarised = null;
        LoadedPapers loaded;
        try
        {
            summarised = await summary;
        }
        finally
        {
            loaded = Remember(name, papers, sources, summarised);
        }
        // Only then the index: work started before the summary would take the cores from it and make the cell wait longer.
        loaded.StartIndexing();
        return (variables, loaded);
    }

    private readonly LazyVariables _later = new();

    /// <summary>Defines the C# variable <paramref name="name"/> with <paramref name="make"/>'s value when C# code first
    /// names it (<see cref="LazyVariables"/>); until then it costs nothing.</summary>
    /// <param name="listed">Also made when C# lists its variables (the variable view): for a value cheap to make.</param>
    public void DefineLater(string name, Func<object> make, bool listed = false)
    {
        if (CSharpKernel is not null) _later.Add(name, make, listed);
    }

    /// <summary>True while <paramref name="name"/> waits to be made on first use.</summary>
    public bool IsDefinedLater(string name) => _later.IsPending(name);

    /// <summary>The C# kernel's middleware: before a command that names a variable defined later runs, makes and defines it.</summary>
    public async Task DefineNamedAsync(KernelCommand command, KernelInvocationContext context, KernelPipelineContinuation next)
    {
        try
        {
            // The first C# code after a load may use the papers' types without naming a variable made later: their
            // assemblies and namespaces come first (once).
            if (_later.Any && CSharpKernel is { } csharp && command is SubmitCode or RequestCompletions or RequestHoverText or RequestSignatureHelp or RequestDiagnostics)
            {
                await ReferenceAssembliesAsync(csharp, [typeof(PaperCollection), .. CSharpTypes], context);
            }
            foreach (string name in _later.NamedBy(command))
            {
                if (_later.Take(name) is not { } make) continue;
                using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, InterruptToken);
                try
                {
                    await DefineVariableAsync(name, await LongWork.RunAsync(make, cancellation.Token), context);
                }
                catch
                {
                    // Interrupted or refused: the variable is still to be made next time it is named.
                    _later.Restore(name, make);
                    throw;
                }
            }
        }
        catch (PaperCommandException e)
        {
            // One line, as a directive's failure reads; the command that named the variable does not run.
            context.Fail(command, message: e.Message);
            return;
        }
        await next(command, context);
    }

    /// <summary>The set loaded under <paramref name="name"/>, or null.</summary>
    public LoadedPapers? Find(string name)
    {
        lock (_gate) return _loaded.TryGetValue(name, out var loaded) ? loaded : null;
    }

    /// <summary>Defines a C# variable holding <paramref name="value"/>, as <c>#!share</c> does.</summary>
    public async Task DefineVariableAsync(string name, object value, KernelInvocationContext context)
    {
        if (CSharpKernel is not { } csharp) return;
        _later.Forget(name);
        await ReferenceAssembliesAsync(csharp, [value.GetType(), .. CSharpTypes], context);
        // A cheap plain-text form: the default would serialize the whole collection to JSON, and C# does not need it.
        var send = new SendValue(name, value, new FormattedValue(PlainTextFormatter.MimeType, value.ToString() ?? name));
        send.SetParent(context.Command, true);
        var result = await csharp.SendAsync(send);
        if (result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
        {
            throw new PaperCommandException($"Could not define the C# variable '{name}': {Excerpt.Of(FirstLine(failed.Message), 200)}");
        }
    }

    /// <summary>The types C# code gets from the extension: the papers, their DataFrame, and charts of them
    /// (<c>papers.TimelineChart()</c> returns an XPlot.Plotly chart).</summary>
    private static readonly Type[] CSharpTypes = [typeof(PaperCollection), typeof(DataFrame), typeof(PlotlyChart)];

    /// <summary>
    /// C# code can name a type only when its assembly is referenced. <c>#r "nuget: PaperNotebooks.Interactive"</c> does
    /// that in a notebook; when the extension was loaded some other way, the references are added here, all at once
    /// before the first variable: a reference added after a variable is declared gives the types in it a second
    /// identity, and <c>ListingStatistics.Compute(papers)</c> then fails with "cannot convert from 'PaperCollection' to
    /// 'IEnumerable&lt;Paper&gt;'".
    /// </summary>
    private async Task ReferenceAssembliesAsync(Kernel csharp, IEnumerable<Type> types, KernelInvocationContext context)
    {
        string[] locations;
        lock (_gate)
        {
            locations = types.Select(t => t.Assembly.Location).Where(l => l.Length > 0).Distinct().Where(_referenced.Add).ToArray();
        }
        if (locations.Length == 0) return;
        // The namespaces notebook code uses with papers, so that papers.TimelineChart(), papers.Search("...") and
        // AuthorIdentity work in the next cell without using directives of its own.
        var reference = new SubmitCode(string.Join("\n", locations.Select(l => $"#r \"{l}\"").Concat(NotebookUsings)), csharp.Name);
        reference.SetParent(context.Command);
        var result = await csharp.SendAsync(reference);
        if (result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
        {
            throw new PaperCommandException($"Could not reference {string.Join(", ", locations.Select(Path.GetFileName))} in C#: {FirstLine(failed.Message)}");
        }
    }

    private static readonly string[] NotebookUsings =
    [
        "using PaperNotebooks.Model;", "using PaperNotebooks.Analytics;", "using PaperNotebooks.Charts;",
        "using PaperNotebooks.Search;", "using PaperNotebooks.Topics;", "using PaperNotebooks.DataFrames;",
    ];

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    /// <summary>
    /// The collection <paramref name="from"/> names (default: the one loaded last): one loaded by <c>#!paper load</c>, else a
    /// C# variable holding papers, so that <c>var mine = papers.Where(...)</c> can be listed too.
    /// </summary>
    public async Task<(string Name, PaperCollection Papers)> ResolveAsync(string? from, KernelInvocationContext context)
    {
        string? name = string.IsNullOrWhiteSpace(from) ? LastLoaded : from.Trim();
        if (name is null)
        {
            throw new PaperCommandException("No papers are loaded yet. Run '#!paper load' first (with no path it loads the bundled seed listing).");
        }

        lock (_gate)
        {
            if (_loaded.TryGetValue(name, out var loaded)) return (name, loaded.Papers);
        }
        if (await FromCSharpAsync(name, context) is { } fromCSharp) return (name, fromCSharp);

        var names = Names;
        throw new PaperCommandException(
            $"No loaded collection is named {PaperCommandException.Quote(name)}." + NearestName.Hint(name, names) +
            (names.Count == 0 ? " Nothing is loaded yet: run '#!paper load'." : $" Loaded: {string.Join(", ", names)}."));
    }

    private async Task<PaperCollection?> FromCSharpAsync(string name, KernelInvocationContext context)
    {
        if (CSharpKernel is not { } csharp
            || !csharp.SupportsCommandType(typeof(RequestValueInfos))
            || !csharp.SupportsCommandType(typeof(RequestValue))) return null;

        var infos = new RequestValueInfos();
        infos.SetParent(context.Command);
        var infosResult = await csharp.SendAsync(infos);
        bool exists = infosResult.Events.OfType<ValueInfosProduced>().SelectMany(e => e.ValueInfos).Any(v => v.Name == name);
        if (!exists) return null;

        var request = new RequestValue(name);
        request.SetParent(context.Command);
        var result = await csharp.SendAsync(request);
        return result.Events.OfType<ValueProduced>().FirstOrDefault()?.Value switch
        {
            PaperCollection collection => collection,
            IEnumerable<Paper> papers => Collect(papers, name),
            _ => null,
        };
    }

    private static PaperCollection Collect(IEnumerable<Paper> papers, string name)
    {
        try
        {
            return new PaperCollection(papers);
        }
        catch (ArgumentException e)
        {
            throw new PaperCommandException($"{PaperCommandException.Quote(name)} cannot be used: {e.Message}");
        }
    }
}

using System.Reflection;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;
using PaperNotebooks.Interactive;

namespace PaperNotebooks.Cli.Notebooks;

/// <summary>
/// The kernel a notebook runs in: C# as in the dotnet-interactive Jupyter kernel, <c>#r "nuget:"</c> for other
/// packages, the DataFrame views of Microsoft.Data.Analysis, and the PaperNotebooks extension built from this
/// checkout already loaded.
/// </summary>
internal static class NotebookKernel
{
    public static CompositeKernel Create()
    {
        var csharp = new CSharpKernel()
            .UseKernelHelpers()
            .UseNugetDirective((kernel, references) =>
            {
                kernel.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            });
        // What `#r "nuget: PaperNotebooks.Interactive"` references in Jupyter: the core, the extension and the libraries
        // their types come from, so notebook code can name papers, DataFrames and charts from its first cell.
        csharp.AddAssemblyReferences(new[]
        {
            typeof(PaperNotebooks.Model.Paper).Assembly,
            typeof(PaperKernelExtension).Assembly,
            typeof(Microsoft.Data.Analysis.DataFrame).Assembly,
            typeof(XPlot.Plotly.PlotlyChart).Assembly,
        }.Select(a => a.Location));
        var composite = new CompositeKernel { csharp };
        composite.DefaultKernelName = csharp.Name;
        UseExtensionsOfPackages(composite);
        PaperKernelExtension.Load(composite);
        LoadDataFrameViews(composite);
        return composite;
    }

    /// <summary>Runs the extension script of each package a cell adds with <c>#r "nuget:"</c>, as Jupyter does.</summary>
    private static void UseExtensionsOfPackages(CompositeKernel kernel)
    {
        var pending = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var seen = new HashSet<string>();
        kernel.KernelEvents.Subscribe(new EventObserver(e =>
        {
            if (e is PackageAdded { PackageReference.PackageRoot: { } root } && seen.Add(root)) pending.Enqueue(root);
        }));
        kernel.AddMiddleware(async (command, context, next) =>
        {
            await next(command, context);
            while (pending.TryDequeue(out var root))
            {
                var script = new FileInfo(Path.Combine(root, "interactive-extensions", "dotnet", "extension.dib"));
                if (script.Exists) await kernel.LoadAndRunInteractiveDocument(script, command);
            }
        });
    }

    /// <summary>Microsoft.Data.Analysis ships its notebook views as a kernel extension inside its own package.</summary>
    private static void LoadDataFrameViews(Kernel kernel)
    {
        var dataFrameAssembly = typeof(Microsoft.Data.Analysis.DataFrame).Assembly;
        string? packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(packages)) packages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string version = dataFrameAssembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "";
        string dll = Path.Combine(packages, "microsoft.data.analysis", version, "interactive-extensions", "dotnet", "Microsoft.Data.Analysis.Interactive.dll");
        if (!File.Exists(dll)) return;
        try
        {
            var assembly = Assembly.LoadFrom(dll);
            foreach (var type in assembly.GetExportedTypes().Where(t => typeof(IKernelExtension).IsAssignableFrom(t) && !t.IsAbstract))
            {
                ((IKernelExtension)Activator.CreateInstance(type)!).OnLoadAsync(kernel).GetAwaiter().GetResult();
            }
        }
        catch (Exception)
        {
            // That extension was built against an older .NET Interactive and may not load into this one; DataFrames
            // then show through the default object views. Nothing else depends on it.
        }
    }

    private sealed class EventObserver(Action<KernelEvent> onNext) : IObserver<KernelEvent>
    {
        public void OnNext(KernelEvent value) => onNext(value);
        public void OnError(Exception error) { }
        public void OnCompleted() { }
    }
}

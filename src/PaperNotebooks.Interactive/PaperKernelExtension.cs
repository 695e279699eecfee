using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive;
using PaperNotebooks.Interactive.Directives;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Interactive.Session;

namespace PaperNotebooks.Interactive;

/// <summary>The extension's entry point, called by <c>interactive-extensions/dotnet/extension.dib</c> in the package.</summary>
public static class PaperKernelExtension
{
    private static readonly ConditionalWeakTable<Kernel, PaperSession> Sessions = [];
    private static readonly object Gate = new();

    /// <summary>
    /// Adds <c>#!paper</c> to <paramref name="kernel"/> (the root kernel of a notebook), registers the paper and chart
    /// formatters and shows a short banner. Loading again into the same kernel changes nothing.
    /// </summary>
    public static void Load(Kernel kernel) => Load(kernel, null);

    /// <summary>
    /// <see cref="Load(Kernel)"/> with <paramref name="options"/> for the kernel's session (null: the defaults). Only the
    /// first load into a kernel sets them, so a host that loads first with its own options keeps them when a notebook
    /// cell loads the extension again.
    /// </summary>
    public static void Load(Kernel kernel, PaperExtensionOptions? options)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        PaperFormatters.Register();

        lock (Gate)
        {
            // The name check also covers another copy of this assembly (another package version) loaded earlier.
            if (Sessions.TryGetValue(kernel, out _) || kernel.KernelInfo.SupportedDirectives.Any(d => d.Name == PaperGrammar.DirectiveName))
            {
                return;
            }
            var session = new PaperSession(kernel, options ?? PaperExtensionOptions.Default);
            PaperDirective.AddTo(kernel, session);
            session.Interrupt = KernelInterrupt.AttachTo(kernel, session.CSharpKernel, session.Interrupted);
            session.CSharpKernel?.AddMiddleware(session.DefineNamedAsync);
            Sessions.Add(kernel, session);
        }

        KernelInvocationContext.Current?.Display(new ExtensionBanner(Version,
            ["#!paper load", "#!paper list --category LG --year 2021..2024 --top 10", "#!paper show long context training", "#!paper search au:\"sam ade jacobs\" AND year:2024", "#!paper timeline --stack code"]));
        if ((options ?? PaperExtensionOptions.Default).WantsStaticImages && !ChartImages.Available && KernelInvocationContext.Current is { } context)
            KernelInvocationContextExtensions.Display(context, $"Charts get no static images: {ChartImages.Problem}.", "text/plain");
    }

    /// <summary>The session of a kernel the extension was loaded into, for tests.</summary>
    internal static PaperSession? SessionOf(Kernel kernel) => Sessions.TryGetValue(kernel, out var session) ? session : null;

    /// <summary>The session of the kernel handling <paramref name="context"/>'s command, or of the nearest kernel above it
    /// the extension was loaded into (a C# cell runs in the composite's C# kernel); null outside any such kernel.</summary>
    internal static PaperSession? SessionOf(KernelInvocationContext? context)
    {
        for (var kernel = context?.HandlingKernel; kernel is not null; kernel = kernel.ParentKernel)
        {
            if (SessionOf(kernel) is { } session) return session;
        }
        return null;
    }

    private static string Version =>
        typeof(PaperKernelExtension).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "";
}

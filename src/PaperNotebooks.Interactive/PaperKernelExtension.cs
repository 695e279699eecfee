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
    /// Adds <c>#!paper</c> to <paramref name="kernel"/> (the root kernel of a notebook), registers the paper formatters
    /// and shows a short banner. Loading again into the same kernel changes nothing.
    /// </summary>
    public static void Load(Kernel kernel)
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
            var session = new PaperSession(kernel);
            PaperDirective.AddTo(kernel, session);
            Sessions.Add(kernel, session);
        }

        KernelInvocationContext.Current?.Display(new ExtensionBanner(Version,
            ["#!paper load", "#!paper list --category LG --year 2021..2024 --top 10", "#!paper show long context training"]));
    }

    /// <summary>The session of a kernel the extension was loaded into, for tests.</summary>
    internal static PaperSession? SessionOf(Kernel kernel) => Sessions.TryGetValue(kernel, out var session) ? session : null;

    private static string Version =>
        typeof(PaperKernelExtension).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "";
}

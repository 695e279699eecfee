using Microsoft.DotNet.Interactive.Directives;
using Microsoft.DotNet.Interactive.Events;
using PaperNotebooks.Interactive.Directives;
using PaperNotebooks.Interactive.Session;

namespace PaperNotebooks.Interactive.Completions;

/// <summary>Hands the values a parameter declares (<see cref="ParameterSpec.Values"/>) to the editor.</summary>
internal static class PaperCompletions
{
    // Enough to pick from; a listing of millions of papers must not send millions of items to the editor.
    private const int MostValues = 2000;

    // Roslyn's tag for a parameter value, which .NET Interactive's own directives use too.
    private const string ValueKind = "Parameter";

    /// <summary>The parameter, with its values offered when it declares some.</summary>
    public static KernelDirectiveParameter Parameter(ParameterSpec spec, PaperSession session)
    {
        var parameter = new KernelDirectiveParameter(spec.Name, spec.Description) { Flag = spec.Flag, AllowImplicitName = spec.Implicit };
        return spec.Values is not { } values ? parameter : parameter.AddCompletions(context => Add(context, values(session)));
    }

    private static Task Add(KernelDirectiveCompletionContext context, IEnumerable<string> values)
    {
        foreach (var value in values.Take(MostValues))
        {
            // A value with spaces is inserted quoted, so that it stays one value.
            string insert = value.Contains(' ') ? $"\"{value}\"" : value;
            context.CompletionItems.Add(new CompletionItem(value, ValueKind, filterText: value, insertText: insert));
        }
        return Task.CompletedTask;
    }
}

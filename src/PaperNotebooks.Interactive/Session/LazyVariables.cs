using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;

namespace PaperNotebooks.Interactive.Session;

/// <summary>
/// C# variables made when C# first names them. <c>#!paper load</c> promises <c>papers</c> and <c>papersFrame</c>, but a
/// DataFrame of a million papers costs seconds and hundreds of megabytes, and even defining the papers is Roslyn's work
/// (0.25 s of the load's cell in a fresh kernel), which a notebook working with <c>#!paper</c> directives never uses; so
/// the load only registers them here, and a middleware on the C# kernel defines them just before the first submission,
/// completion, hover, diagnostics or value request (<c>#!share</c>) that names them. A variable that is cheap to make
/// (the papers themselves, not a frame) is also made when the variables are listed (the variable view).
/// Defining the name by other means (a later load, <c>#!paper topics</c>) forgets what was pending under it.
/// </summary>
internal sealed class LazyVariables
{
    private readonly Dictionary<string, Func<object>> _pending = new(StringComparer.Ordinal);
    private readonly HashSet<string> _listed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Makes <paramref name="name"/> with <paramref name="make"/> when C# first names it; replaces what was pending under that name.</summary>
    /// <param name="listed">Also made when C# lists its variables: for a value that costs little to make.</param>
    public void Add(string name, Func<object> make, bool listed = false)
    {
        lock (_gate)
        {
            _pending[name] = make;
            if (listed) _listed.Add(name);
            else _listed.Remove(name);
        }
    }

    /// <summary>True while any variable waits to be made.</summary>
    public bool Any
    {
        get
        {
            lock (_gate) return _pending.Count > 0;
        }
    }

    /// <summary>Puts back what <see cref="Take"/> took, unless the name has been given something else since.</summary>
    public void Restore(string name, Func<object> make)
    {
        lock (_gate) _pending.TryAdd(name, make);
    }

    /// <summary>Forgets <paramref name="name"/>: it was defined with a value of its own.</summary>
    public void Forget(string name)
    {
        lock (_gate) _pending.Remove(name);
    }

    public bool IsPending(string name)
    {
        lock (_gate) return _pending.ContainsKey(name);
    }

    /// <summary>The pending names <paramref name="command"/> uses: named in its code (as an identifier, not after a dot
    /// or inside a longer word), asked for by name, or listed.</summary>
    public IReadOnlyList<string> NamedBy(KernelCommand command)
    {
        string? code = command switch
        {
            SubmitCode submit => submit.Code,
            RequestCompletions completions => completions.Code,
            RequestHoverText hover => hover.Code,
            RequestSignatureHelp signature => signature.Code,
            RequestDiagnostics diagnostics => diagnostics.Code,
            _ => null,
        };
        string? asked = command is RequestValue value ? value.Name : null;
        bool listing = command is RequestValueInfos;
        lock (_gate)
        {
            if (_pending.Count == 0 || (code is null && asked is null && !listing)) return [];
            return [.. _pending.Keys.Where(name => name == asked || (listing && _listed.Contains(name)) || (code is not null && Names(code, name)))];
        }
    }

    /// <summary>Takes what makes <paramref name="name"/>, once: null when another command took it first or it was forgotten.</summary>
    public Func<object>? Take(string name)
    {
        lock (_gate) return _pending.Remove(name, out var make) ? make : null;
    }

    private static bool Names(string code, string name) =>
        code.Contains(name, StringComparison.Ordinal)
        && Regex.IsMatch(code, $@"(?<![\w.]){Regex.Escape(name)}(?!\w)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}

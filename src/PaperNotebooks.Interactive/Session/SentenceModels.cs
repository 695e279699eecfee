using PaperNotebooks.Embeddings;
using PaperNotebooks.Interactive.Directives;

namespace PaperNotebooks.Interactive.Session;

/// <summary>The sentence model a session's semantic commands use: the files it was given
/// (<see cref="PaperExtensionOptions.SentenceModelFiles"/>), else the packaged all-MiniLM-L6-v2. One that will not
/// load is a <see cref="PaperCommandException"/> of one line: the cell fails, the kernel goes on.</summary>
internal static class SentenceModels
{
    // A model from files is loaded once per session (90 MB and a few hundred ms); the packaged one once per process.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PaperSession, SentenceModel> FromFiles = new();

    public static SentenceModel For(PaperSession session)
    {
        if (session.Options.SentenceModelFiles is not { } files)
        {
            var packaged = SentenceModel.LoadPackaged();
            return packaged.Model ?? throw new PaperCommandException(packaged.Problem!);
        }
        if (FromFiles.TryGetValue(session, out var loaded)) return loaded;
        var load = SentenceModel.LoadFiles(files.Onnx, files.Vocabulary);
        if (load.Model is null) throw new PaperCommandException(load.Problem!);
        FromFiles.AddOrUpdate(session, load.Model);
        return load.Model;
    }

    /// <summary>The files' model when the session was given files, else null (the caller's default applies).</summary>
    public static SentenceModel? Configured(PaperSession session) =>
        session.Options.SentenceModelFiles is null ? null : For(session);
}

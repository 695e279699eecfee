using System.Diagnostics;
using System.Text;
using PaperNotebooks.Bench;

if (args.Length == 0 || args[0] != "generate")
{
    Console.Error.WriteLine(GenerateOptions.Usage);
    return 2;
}

var options = GenerateOptions.Parse(args[1..], out var error);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(GenerateOptions.Usage);
    return 2;
}

var stopwatch = Stopwatch.StartNew();
var generator = new ListingGenerator(options.Seed, options.AsOf);
using var listingFile = OpenForWriting(options.Output);
using var csvFile = options.CsvOutput is null ? null : OpenForWriting(options.CsvOutput);
using var snapshotFile = options.SnapshotOutput is null ? null : new BufferedStream(OpenForWriting(options.SnapshotOutput).BaseStream, 1 << 20);
using var bibtexFile = options.BibTexOutput is null ? null : OpenForWriting(options.BibTexOutput);
var listing = new ListingTextWriter(listingFile);
var snapshot = snapshotFile is null ? null : new SnapshotWriter(snapshotFile);
var bibtex = bibtexFile is null ? null : new BibTexWriter(bibtexFile);
var csv = csvFile is null ? null : new PaperCsvWriter(csvFile);

var paper = new SyntheticPaper();
for (var i = 0; i < options.Papers; i++)
{
    generator.Next(paper);
    var line = listing.Write(paper, generator.NextBlankLine());
    csv?.Write(paper, line);
    snapshot?.Write(paper);
    bibtex?.Write(paper);
}
listingFile.Flush();
csvFile?.Flush();
bibtexFile?.Flush();
snapshotFile?.Flush();

var bytes = ((FileStream)listingFile.BaseStream).Length;
var seconds = stopwatch.Elapsed.TotalSeconds;
Console.Error.WriteLine(
    $"generated {options.Papers:N0} papers, {bytes / 1e6:N1} MB in {seconds:N2} s ({bytes / 1e6 / seconds:N0} MB/s) -> {options.Output}" +
    string.Concat(new[] { options.CsvOutput, options.SnapshotOutput, options.BibTexOutput }.OfType<string>().Select(p => " and " + p)));
return 0;

static StreamWriter OpenForWriting(string path)
{
    var directory = Path.GetDirectoryName(Path.GetFullPath(path));
    if (directory is not null) Directory.CreateDirectory(directory);
    var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
    return new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 20) { NewLine = "\n" };
}

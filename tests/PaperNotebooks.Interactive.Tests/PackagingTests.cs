using PaperNotebooks.Interactive.Directives;
using PaperNotebooks.Model;

namespace PaperNotebooks.Interactive.Tests;

public sealed class PackagingTests
{
    [Fact]
    public void The_seed_listing_sits_next_to_the_extension_assembly_as_in_the_package()
    {
        Assert.Equal(Path.GetDirectoryName(typeof(PaperKernelExtension).Assembly.Location), Path.GetDirectoryName(Path.GetDirectoryName(LoadSubcommand.SeedPath)));
        Assert.True(File.Exists(LoadSubcommand.SeedPath));
    }

    [Fact]
    public void The_core_library_does_not_depend_on_dotnet_interactive()
    {
        var references = typeof(Paper).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal));
    }
}

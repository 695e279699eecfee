// ExtractResources ASSEMBLY PREFIX FOLDER NAME...: writes the assembly's manifest resource PREFIX+NAME to FOLDER/NAME
// for each NAME, without loading the assembly. Each is written to a temporary name and moved in place, so a build
// stopped halfway leaves no half file, and two builds at once (each its own temporary name) no mixed one.
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

if (args.Length < 4)
{
    Console.Error.WriteLine("usage: ExtractResources ASSEMBLY PREFIX FOLDER NAME...");
    return 2;
}
var (assembly, prefix, folder) = (args[0], args[1], args[2]);
var wanted = new HashSet<string>(args[3..]);
Directory.CreateDirectory(folder);
using (var stream = File.OpenRead(assembly))
using (var pe = new PEReader(stream))
{
    var metadata = pe.GetMetadataReader();
    // A resource of the assembly's own is stored in the CLI resources directory at its offset: a 4-byte length, then the bytes.
    var resources = pe.GetSectionData(pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
    foreach (var handle in metadata.ManifestResources)
    {
        var resource = metadata.GetManifestResource(handle);
        string name = metadata.GetString(resource.Name);
        if (!resource.Implementation.IsNil || !name.StartsWith(prefix, StringComparison.Ordinal) || !wanted.Remove(name[prefix.Length..])) continue;
        var reader = resources.GetReader((int)resource.Offset, resources.Length - (int)resource.Offset);
        var bytes = reader.ReadBytes(reader.ReadInt32());
        string target = Path.Combine(folder, name[prefix.Length..]), temporary = $"{target}.{Environment.ProcessId}.part";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, target, overwrite: true);
    }
}
foreach (var missing in wanted) Console.Error.WriteLine($"{assembly} holds no resource {prefix}{missing}.");
return wanted.Count == 0 ? 0 : 1;

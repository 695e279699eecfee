namespace PaperNotebooks.Tests.Sources.Listing;

/// <summary>One case of Specs/title-author-lines.txt.</summary>
public sealed record TitleAuthorSpec(int Line, string Input, string Title, string[] Authors, bool Truncated, string[] Affiliations)
{
    public override string ToString() => $"line {Line}: {Input}";

    public static IReadOnlyList<TitleAuthorSpec> Load(string path)
    {
        var specs = new List<TitleAuthorSpec>();
        var fields = new Dictionary<string, string>();
        int blockLine = 0;
        var lines = File.ReadAllLines(path);
        for (int i = 0; i <= lines.Length; i++)
        {
            string text = i < lines.Length ? lines[i] : "";
            if (text.StartsWith('#')) continue;
            if (text.Trim().Length == 0)
            {
                if (fields.Count > 0)
                {
                    specs.Add(new TitleAuthorSpec(
                        blockLine,
                        fields["line"],
                        fields["title"],
                        List(fields["authors"]),
                        fields["truncated"] == "yes",
                        fields.TryGetValue("affiliations", out var a) ? List(a) : []));
                    fields.Clear();
                }
                continue;
            }
            if (fields.Count == 0) blockLine = i + 1;
            int colon = text.IndexOf(':');
            fields[text[..colon].Trim()] = text[(colon + 1)..].Trim();
        }
        return specs;
    }

    private static string[] List(string value) =>
        value.Length == 0 ? [] : value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

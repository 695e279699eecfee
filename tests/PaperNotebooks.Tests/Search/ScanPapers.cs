using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Tests.Search;

/// <summary>
/// Made-up papers with what makes matching hard: compound names (DeepSpeed-Chat, GPT-4), possessives, accents in
/// names and words, stop words, several authors and categories, venues, DOIs, some abstracts kept as UTF-8 rows as a
/// listing keeps them and some as strings. The same papers for the same count and seed.
/// </summary>
internal static class ScanPapers
{
    private static readonly string[] TitleWords =
    [
        "attention", "sparse", "graph", "neural", "networks", "vision", "transformer", "Transformer's", "DeepSpeed-Chat",
        "DeepSpeed", "long-context", "GPT-4", "LoRA", "MoE", "mixture", "of", "experts", "the", "for", "a", "3D",
        "retrieval", "augmented", "generation", "model's", "models", "naïve", "Bayes", "sequence", "parallelism",
        "diffusion", "policy", "learning", "reinforcement", "efficient", "inference", "on", "edge", "devices",
        "quantization", "FlashAttention", "state-space", "Mamba", "benchmark", "scaling", "laws", "Zürich", "protein",
    ];

    private static readonly string[] AbstractWords =
    [
        "we", "propose", "a", "new", "method", "that", "improves", "attention", "in", "long", "context", "sequence",
        "parallelism", "across", "GPUs", "and", "the", "model", "model's", "memory", "footprint", "is", "reduced", "by",
        "half", "experiments", "show", "state-of-the-art", "results", "on", "ImageNet", "GLUE", "DeepSpeed-Chat",
        "naïve", "baselines", "fail", "while", "our", "transformer", "scales", "to", "3D", "scenes", "with", "LoRA",
        "adapters", "mixture", "of", "experts", "routing", "café", "résumé", "data", "training", "inference", "speed",
        "—", "“quoted”", "x²", "don’t", "Zürich-based", "±",
    ];

    private static readonly string[] Given = ["Anna", "José", "Wei", "Sam", "Sam Adé", "Jürgen", "Priya", "Olúwa", "Li", "Maria", "Ng"];
    private static readonly string[] Family = ["Smith", "Müller", "Muller", "Jacobs", "García", "Tanaka", "O'Brien", "van der Berg", "Smithson", "Zhang", "Li"];
    private static readonly string[] Categories = ["cs.LG", "cs.CL", "cs.CV", "cs.DC", "stat.ML", "math.OC", "q-bio.BM", "XX"];
    private static readonly string[] Venues = ["Proceedings of NeurIPS", "Journal of Machine Learning Research", "ICML Workshop on Efficient Systems"];
    private static readonly string[] Affiliations = ["ETH Zürich", "Microsoft Research", "University of Tokyo", "Université de Montréal"];

    public static PaperCollection Make(int count, int seed = 7)
    {
        var random = new Random(seed);
        var abstracts = new string[count];
        for (int i = 0; i < count; i++) abstracts[i] = Words(random, AbstractWords, 20 + random.Next(60)) + ".";
        var (block, rows) = Stored(abstracts);

        var papers = new Paper[count];
        for (int i = 0; i < count; i++)
        {
            int authors = 1 + random.Next(5);
            var category = Categories[random.Next(Categories.Length)];
            papers[i] = new Paper
            {
                Id = $"p{i}",
                Title = Words(random, TitleWords, 3 + random.Next(9)),
                Authors = [.. Enumerable.Range(0, authors).Select(_ => $"{Given[random.Next(Given.Length)]} {Family[random.Next(Family.Length)]}")],
                Affiliations = random.Next(4) == 0 ? [Affiliations[random.Next(Affiliations.Length)]] : [],
                Category = category,
                Categories = random.Next(3) == 0 ? [Categories[random.Next(Categories.Length)]] : [],
                Published = new DateOnly(2015 + random.Next(12), 1 + random.Next(12), 1 + random.Next(28)),
                HasCode = random.Next(3) == 0,
                Venue = random.Next(5) == 0 ? Venues[random.Next(Venues.Length)] : null,
                Doi = random.Next(6) == 0 ? $"10.1000/{i}" : null,
                ArxivId = random.Next(2) == 0 ? $"2401.{i:D5}" : null,
                Abstract = "",
            };
            // Every other abstract as a UTF-8 row, as a listing keeps it; the rest as a string; some none at all.
            if (i % 11 == 5) continue;
            papers[i] = i % 2 == 0 ? papers[i] with { StoredAbstract = new StoredText(block, rows[i]) } : papers[i] with { Abstract = abstracts[i] };
        }
        return new PaperCollection(papers);
    }

    private static string Words(Random random, string[] words, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => words[(int)(Math.Pow(random.NextDouble(), 1.6) * words.Length)]));

    private static (Utf8TextBlock Block, int[] Rows) Stored(string[] texts)
    {
        int bytes = texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t)) + 16;
        var store = new Utf8TextStore(bytes);
        var block = store.Block(0, bytes);
        var rows = new int[texts.Length];
        for (int i = 0; i < texts.Length; i++)
            if (!block.TryAppend(texts[i].AsSpan(), out rows[i])) throw new InvalidOperationException("The store is too small.");
        store.Seal();
        return (block, rows);
    }
}

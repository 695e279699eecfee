using System.Diagnostics.CodeAnalysis;

namespace PaperNotebooks.Model;

/// <summary>
/// The arXiv categories whose identifier ends in a two-letter part (<c>cs.CL</c>, <c>stat.ML</c>, <c>astro-ph.CO</c>),
/// with their official arXiv names, and the mapping from the two-letter codes that listings write to full identifiers.
/// </summary>
/// <remarks>
/// Many two-letter codes belong to more than one archive (<c>CV</c> is cs.CV and math.CV; <c>SP</c> is eess.SP and math.SP).
/// A short code resolves to the first archive that has it, in this order:
/// <c>cs</c>, <c>stat</c>, <c>eess</c>, <c>math</c>, <c>q-bio</c>, <c>q-fin</c>, <c>econ</c>, <c>astro-ph</c>, <c>nlin</c>.
/// Listings are computer-science-first, so <c>CV</c> is cs.CV, while <c>ML</c> is stat.ML because cs has no ML
/// and <c>SP</c> is eess.SP because cs and stat have none.
/// Full identifiers are never ambiguous: <see cref="FindById"/> finds every category, math.CV included.
/// All look-ups ignore case.
/// </remarks>
public static class ArxivCategories
{
    // Listed in resolution order: the first category with a given code wins.
    private static readonly ArxivCategory[] Categories =
    [
        // cs
        new("AI", "cs.AI", "Artificial Intelligence"),
        new("AR", "cs.AR", "Hardware Architecture"),
        new("CC", "cs.CC", "Computational Complexity"),
        new("CE", "cs.CE", "Computational Engineering, Finance, and Science"),
        new("CG", "cs.CG", "Computational Geometry"),
        new("CL", "cs.CL", "Computation and Language"),
        new("CR", "cs.CR", "Cryptography and Security"),
        new("CV", "cs.CV", "Computer Vision and Pattern Recognition"),
        new("CY", "cs.CY", "Computers and Society"),
        new("DB", "cs.DB", "Databases"),
        new("DC", "cs.DC", "Distributed, Parallel, and Cluster Computing"),
        new("DL", "cs.DL", "Digital Libraries"),
        new("DM", "cs.DM", "Discrete Mathematics"),
        new("DS", "cs.DS", "Data Structures and Algorithms"),
        new("ET", "cs.ET", "Emerging Technologies"),
        new("FL", "cs.FL", "Formal Languages and Automata Theory"),
        new("GL", "cs.GL", "General Literature"),
        new("GR", "cs.GR", "Graphics"),
        new("GT", "cs.GT", "Computer Science and Game Theory"),
        new("HC", "cs.HC", "Human-Computer Interaction"),
        new("IR", "cs.IR", "Information Retrieval"),
        new("IT", "cs.IT", "Information Theory"),
        new("LG", "cs.LG", "Machine Learning"),
        new("LO", "cs.LO", "Logic in Computer Science"),
        new("MA", "cs.MA", "Multiagent Systems"),
        new("MM", "cs.MM", "Multimedia"),
        new("MS", "cs.MS", "Mathematical Software"),
        new("NA", "cs.NA", "Numerical Analysis"),
        new("NE", "cs.NE", "Neural and Evolutionary Computing"),
        new("NI", "cs.NI", "Networking and Internet Architecture"),
        new("OH", "cs.OH", "Other Computer Science"),
        new("OS", "cs.OS", "Operating Systems"),
        new("PF", "cs.PF", "Performance"),
        new("PL", "cs.PL", "Programming Languages"),
        new("RO", "cs.RO", "Robotics"),
        new("SC", "cs.SC", "Symbolic Computation"),
        new("SD", "cs.SD", "Sound"),
        new("SE", "cs.SE", "Software Engineering"),
        new("SI", "cs.SI", "Social and Information Networks"),
        new("SY", "cs.SY", "Systems and Control"),
        // stat
        new("AP", "stat.AP", "Applications"),
        new("CO", "stat.CO", "Computation"),
        new("ME", "stat.ME", "Methodology"),
        new("ML", "stat.ML", "Machine Learning"),
        new("OT", "stat.OT", "Other Statistics"),
        new("TH", "stat.TH", "Statistics Theory"),
        // eess
        new("AS", "eess.AS", "Audio and Speech Processing"),
        new("IV", "eess.IV", "Image and Video Processing"),
        new("SP", "eess.SP", "Signal Processing"),
        new("SY", "eess.SY", "Systems and Control"),
        // math
        new("AC", "math.AC", "Commutative Algebra"),
        new("AG", "math.AG", "Algebraic Geometry"),
        new("AP", "math.AP", "Analysis of PDEs"),
        new("AT", "math.AT", "Algebraic Topology"),
        new("CA", "math.CA", "Classical Analysis and ODEs"),
        new("CO", "math.CO", "Combinatorics"),
        new("CT", "math.CT", "Category Theory"),
        new("CV", "math.CV", "Complex Variables"),
        new("DG", "math.DG", "Differential Geometry"),
        new("DS", "math.DS", "Dynamical Systems"),
        new("FA", "math.FA", "Functional Analysis"),
        new("GM", "math.GM", "General Mathematics"),
        new("GN", "math.GN", "General Topology"),
        new("GR", "math.GR", "Group Theory"),
        new("GT", "math.GT", "Geometric Topology"),
        new("HO", "math.HO", "History and Overview"),
        new("IT", "math.IT", "Information Theory"),
        new("KT", "math.KT", "K-Theory and Homology"),
        new("LO", "math.LO", "Logic"),
        new("MG", "math.MG", "Metric Geometry"),
        new("MP", "math.MP", "Mathematical Physics"),
        new("NA", "math.NA", "Numerical Analysis"),
        new("NT", "math.NT", "Number Theory"),
        new("OA", "math.OA", "Operator Algebras"),
        new("OC", "math.OC", "Optimization and Control"),
        new("PR", "math.PR", "Probability"),
        new("QA", "math.QA", "Quantum Algebra"),
        new("RA", "math.RA", "Rings and Algebras"),
        new("RT", "math.RT", "Representation Theory"),
        new("SG", "math.SG", "Symplectic Geometry"),
        new("SP", "math.SP", "Spectral Theory"),
        new("ST", "math.ST", "Statistics Theory"),
        // q-bio
        new("BM", "q-bio.BM", "Biomolecules"),
        new("CB", "q-bio.CB", "Cell Behavior"),
        new("GN", "q-bio.GN", "Genomics"),
        new("MN", "q-bio.MN", "Molecular Networks"),
        new("NC", "q-bio.NC", "Neurons and Cognition"),
        new("OT", "q-bio.OT", "Other Quantitative Biology"),
        new("PE", "q-bio.PE", "Populations and Evolution"),
        new("QM", "q-bio.QM", "Quantitative Methods"),
        new("SC", "q-bio.SC", "Subcellular Processes"),
        new("TO", "q-bio.TO", "Tissues and Organs"),
        // q-fin
        new("CP", "q-fin.CP", "Computational Finance"),
        new("EC", "q-fin.EC", "Economics"),
        new("GN", "q-fin.GN", "General Finance"),
        new("MF", "q-fin.MF", "Mathematical Finance"),
        new("PM", "q-fin.PM", "Portfolio Management"),
        new("PR", "q-fin.PR", "Pricing of Securities"),
        new("RM", "q-fin.RM", "Risk Management"),
        new("ST", "q-fin.ST", "Statistical Finance"),
        new("TR", "q-fin.TR", "Trading and Market Microstructure"),
        // econ
        new("EM", "econ.EM", "Econometrics"),
        new("GN", "econ.GN", "General Economics"),
        new("TH", "econ.TH", "Theoretical Economics"),
        // astro-ph
        new("CO", "astro-ph.CO", "Cosmology and Nongalactic Astrophysics"),
        new("EP", "astro-ph.EP", "Earth and Planetary Astrophysics"),
        new("GA", "astro-ph.GA", "Astrophysics of Galaxies"),
        new("HE", "astro-ph.HE", "High Energy Astrophysical Phenomena"),
        new("IM", "astro-ph.IM", "Instrumentation and Methods for Astrophysics"),
        new("SR", "astro-ph.SR", "Solar and Stellar Astrophysics"),
        // nlin
        new("AO", "nlin.AO", "Adaptation and Self-Organizing Systems"),
        new("CD", "nlin.CD", "Chaotic Dynamics"),
        new("CG", "nlin.CG", "Cellular Automata and Lattice Gases"),
        new("PS", "nlin.PS", "Pattern Formation and Solitons"),
        new("SI", "nlin.SI", "Exactly Solvable and Integrable Systems"),
    ];

    private static readonly Dictionary<string, ArxivCategory> ByCode = IndexByCode();
    private static readonly Dictionary<string, ArxivCategory> ById =
        Categories.ToDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every category, grouped by archive in resolution order (cs, stat, eess, math, q-bio, q-fin, econ, astro-ph, nlin).</summary>
    public static IReadOnlyList<ArxivCategory> All { get; } = Array.AsReadOnly(Categories);

    /// <summary>The category a two-letter code (<c>CL</c>, <c>ml</c>) stands for, by the archive order in the remarks.</summary>
    public static bool TryResolve(string twoLetterCode, [MaybeNullWhen(false)] out ArxivCategory category)
    {
        if (twoLetterCode is null)
        {
            category = null;
            return false;
        }
        return ByCode.TryGetValue(twoLetterCode, out category);
    }

    /// <summary>The category with this full identifier (<c>cs.LG</c>, <c>math.cv</c>), or null.</summary>
    public static ArxivCategory? FindById(string id) =>
        id is not null && ById.TryGetValue(id, out var category) ? category : null;

    /// <summary>The arXiv identifier for a two-letter code (<c>LG</c>) or a full identifier (<c>cs.lg</c>),
    /// spelled as arXiv does (<c>cs.LG</c>); null when unknown. Short codes resolve by the archive order in the remarks.</summary>
    public static string? Resolve(string codeOrId)
    {
        if (codeOrId is null)
            return null;
        if (codeOrId.Contains('.'))
            return FindById(codeOrId)?.Id;
        return TryResolve(codeOrId, out var category) ? category.Id : null;
    }

    private static Dictionary<string, ArxivCategory> IndexByCode()
    {
        var byCode = new Dictionary<string, ArxivCategory>(StringComparer.OrdinalIgnoreCase);
        foreach (var category in Categories)
            byCode.TryAdd(category.Code, category);
        return byCode;
    }
}

using PaperNotebooks.Model;

namespace PaperNotebooks.Tests.Topics;

/// <summary>Fifteen short real-sounding papers on three distinct subjects (five each): galaxies, proteins, compilers.</summary>
internal static class TopicPapers
{
    private static readonly (string Title, string Abstract)[] Texts =
    [
        ("Star formation in nearby spiral galaxies", "We measure star formation rates in spiral galaxies from infrared and ultraviolet light and relate them to the gas surface density."),
        ("Dark matter halos of dwarf galaxies", "Rotation curves of dwarf galaxies constrain the inner density profile of their dark matter halos."),
        ("A survey of quasars at high redshift", "We present a spectroscopic survey of luminous quasars at redshift above six and the black hole masses that power them."),
        ("Galaxy mergers and the growth of supermassive black holes", "Simulations of merging galaxies show how gas inflows feed central supermassive black holes."),
        ("The luminosity function of galaxy clusters", "X-ray observations of galaxy clusters give their luminosity function and the hot gas mass."),
        ("Predicting protein structure from amino acid sequence", "A neural network predicts the three-dimensional fold of proteins from their amino acid sequences and multiple alignments."),
        ("Enzyme kinetics of a bacterial protease", "We characterise substrate binding and catalytic rates of a bacterial protease by fluorescence assays."),
        ("Protein folding pathways in molecular dynamics", "Long molecular dynamics simulations reveal intermediate states along the folding pathway of a small protein domain."),
        ("Antibody binding to viral spike proteins", "Cryo-electron microscopy shows how neutralising antibodies bind the receptor binding domain of a viral spike protein."),
        ("Gene expression changes in yeast under heat stress", "RNA sequencing of yeast cells under heat stress shows induction of chaperone proteins and repression of ribosomal genes."),
        ("Register allocation by graph coloring in a compiler", "The compiler assigns program variables to machine registers by coloring the interference graph and spilling to memory."),
        ("Just-in-time compilation of dynamic languages", "A tracing just-in-time compiler speeds up a dynamically typed language by specialising hot loops to observed types."),
        ("Type inference for a functional programming language", "We give a sound and complete type inference algorithm for a functional language with polymorphism and type classes."),
        ("Loop optimizations in an optimizing compiler", "Loop unrolling, vectorization and invariant code motion in an optimizing compiler improve the speed of numeric programs."),
        ("Static analysis of memory safety in C programs", "An abstract interpretation of C source code finds buffer overflows and null pointer dereferences before the program runs."),
    ];

    /// <summary>The subject of each paper: 0 galaxies, 1 proteins, 2 compilers.</summary>
    public static int[] Subjects { get; } = [.. Enumerable.Range(0, Texts.Length).Select(i => i / 5)];

    public static List<Paper> Make(bool withAbstracts = true) =>
        [.. Texts.Select((t, i) => new Paper
        {
            Id = $"paper{i}",
            Title = t.Title,
            Abstract = withAbstracts ? t.Abstract : "",
            Authors = [$"Author {i % 4}", "Shared Author"],
            Category = i < 5 ? "astro-ph.GA" : i < 10 ? "q-bio.BM" : "cs.PL",
            Published = new DateOnly(2020 + i % 3, 1 + i % 12, 1),
            ArxivId = $"2401.{i:D5}",
        })];
}

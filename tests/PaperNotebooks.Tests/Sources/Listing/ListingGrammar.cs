using System.Text;
using CsCheck;

namespace PaperNotebooks.Tests.Sources.Listing;

/// <summary>One piece of a generated listing: its bytes, the paper it must give (valid entries) or the error code it
/// must give (invalid ones), and whether a stray line may follow it and still be stray.</summary>
internal sealed record ListingPiece(byte[] Bytes, ExpectedPaper? Paper, string? ErrorCode, bool StrayMayFollow);

internal sealed record ExpectedPaper(string Title, string[] Authors, bool Truncated, string[] Affiliations, string Category, DateOnly Published, bool HasCode);

/// <summary>A grammar of listing entries, valid and invalid, for property tests of the reader.</summary>
internal static class ListingGrammar
{
    public static readonly DateOnly AsOf = TestFiles.AsOf;

    private static readonly (string Code, string Id)[] Categories = [("CL", "cs.CL"), ("LG", "cs.LG"), ("IR", "cs.IR"), ("RO", "cs.RO")];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] TitleWords = ["Efficient", "Sparse", "Attention", "for", "Large", "Language", "Models", "Robust", "Retrieval", "with", "Graphs", "Learning"];
    private static readonly string[] ImpossibleDates = ["CLFeb 31, 2024", "LGApr 31, 2021", "IRFeb 29, 2023"];
    private static readonly string[] FirstNames = ["Alice", "Bob", "Carol", "Daniel", "Eva", "Farid", "Grace", "Hiro"];
    private static readonly string[] LastNames = ["Smith", "Jones", "White", "Moreau", "Okafor", "Tanaka", "Novak", "Silva"];

    private static readonly Gen<string> Name =
        Gen.Select(Gen.Int[0, FirstNames.Length - 1], Gen.Int[0, LastNames.Length - 1], (f, l) => $"{FirstNames[f]} {LastNames[l]}");

    // Titles end in a lower-case word ("Models") so that where the first author starts is never in doubt.
    private static readonly Gen<string> Title =
        Gen.Int[0, TitleWords.Length - 1].Array[1, 6].Select(words => string.Join(' ', words.Select(w => TitleWords[w])) + " Models");

    private static readonly Gen<(string Text, bool Code)> Abstract =
        Gen.Select(Gen.Int[0, 3], Gen.Int[1, 40], (link, words) => link switch
        {
            0 => ($"We study {string.Join(' ', Enumerable.Repeat("things", words))}. Code: https://github.com/lab/repo{words}.", true),
            1 => ($"See (https://example.org/p_(x){words}), which {string.Join(' ', Enumerable.Repeat("helps", words))}.", false),
            _ => ($"Plain {string.Join(' ', Enumerable.Repeat("text", words))}.", false),
        });

    public static readonly Gen<ListingPiece> Valid =
        from category in Gen.Int[0, Categories.Length - 1]
        from month in Gen.Int[1, 12]
        from day in Gen.Int[1, 28]
        from year in Gen.Int[2015, 2025].Nullable()
        from score in Gen.Int[0, 999].Nullable()
        from codeFlag in Gen.Bool
        from title in Title
        from authors in Name.Array[1, 4]
        from truncated in Gen.Bool
        from affiliations in Gen.OneOf<string[]>([], ["mit"], ["google-research", "eth-zurich"])
        from abs in Abstract
        select MakeValid(Categories[category], month, day, year, score, codeFlag, title, authors, truncated, affiliations, abs);

    private static ListingPiece MakeValid((string Code, string Id) category, int month, int day, int? year, int? score, bool codeFlag,
        string title, string[] authors, bool truncated, string[] affiliations, (string Text, bool Code) abs)
    {
        string meta = $"{(score is int s ? $"{s / 10}.{s % 10}" : "")}{category.Code}{Months[month - 1]} {day}{(year is int y ? $", {y}" : "")}{(codeFlag ? "Code" : "")}";
        string titleLine = title + string.Join(", ", authors) + (truncated ? " et al." : "")
            + (affiliations.Length > 0 ? " \u00B7 " + string.Join(", ", affiliations) : "");
        var published = year is int known ? new DateOnly(known, month, day) : Yearless(month, day);
        var paper = new ExpectedPaper(title, authors, truncated, affiliations, category.Id, published, codeFlag || abs.Code);
        return new ListingPiece(Utf8(meta, titleLine, abs.Text), paper, null, StrayMayFollow: true);
    }

    private static DateOnly Yearless(int month, int day)
    {
        var date = new DateOnly(AsOf.Year, month, day);
        return date <= AsOf ? date : date.AddYears(-1);
    }

    /// <summary>Broken entries, and one valid entry with a huge abstract.</summary>
    public static readonly Gen<ListingPiece> Invalid = Gen.Frequency(
        (3, Gen.Int[0, 2].Select(k => new ListingPiece(Utf8(ImpossibleDates[k], "Broken TitleDan Brown", "Its abstract."), null, "PN002", false))),
        (3, Gen.Bool.Select(withTitle => new ListingPiece(withTitle ? Utf8("CVJan 2, 2022", "Cut Off ModelsEve Adams") : Utf8("CVJan 2, 2022"), null, "PN003", false))),
        (2, Gen.Const(new ListingPiece([.. Encoding.UTF8.GetBytes("DBMay 5, 2020\n"), 0x41, 0xC3, 0x28, 0xFF, 0x0A, .. Encoding.UTF8.GetBytes("An abstract.\n")], null, "PN004", false))),
        (3, Gen.Int[1, 3].Select(n => new ListingPiece(Utf8([.. Enumerable.Repeat("a stray line of text", n)]), null, "PN001", false))),
        (1, Gen.Int[10_000, 40_000].Select(n => new ListingPiece(Utf8("CLMar 3, 2023", "Huge ModelsAlice Smith", new string('x', n)),
            new ExpectedPaper("Huge Models", ["Alice Smith"], false, [], "cs.CL", new DateOnly(2023, 3, 3), false), null, true))));

    /// <summary>A listing as pieces; stray lines come only where they stay stray (at the start or after a complete entry).</summary>
    public static readonly Gen<ListingPiece[]> Pieces =
        Gen.Frequency((3, Valid), (1, Invalid)).Array[0, 30].Select(pieces => pieces
            .Where((piece, i) => piece.ErrorCode != "PN001" || i == 0 || (pieces[i - 1].StrayMayFollow && pieces[i - 1].ErrorCode != "PN001"))
            .ToArray());

    /// <summary>The listing's bytes with LF, CRLF or CR line ends and optional blank lines between entries.</summary>
    public static byte[] Join(ListingPiece[] pieces, string lineEnd, bool blankLines)
    {
        var bytes = new List<byte>();
        foreach (var piece in pieces)
        {
            foreach (byte b in piece.Bytes)
            {
                if (b == (byte)'\n') bytes.AddRange(Encoding.ASCII.GetBytes(lineEnd));
                else bytes.Add(b);
            }
            if (blankLines) bytes.AddRange(Encoding.ASCII.GetBytes(lineEnd));
        }
        return [.. bytes];
    }

    private static byte[] Utf8(params IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));
}

using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

using PaperNotebooks.Text;

namespace PaperNotebooks.Topics;

/// <summary>
/// Numbers for the words of key phrases: each word gets a stem id (lower case, accents folded, plural removed:
/// <c>Experts</c> and <c>expert</c> are one) and a form id (how it is shown: lower case, or as written for
/// acronyms such as <c>LLMs</c> and <c>KV</c>). Ids start at 1 and fit in 21 bits, so that three of them
/// pack into one <see cref="long"/> phrase key.
/// </summary>
internal sealed class PhraseVocabulary : IPhraseWords
{
    public const int MaxId = (1 << 21) - 1;

    private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _stemLookup;
    private readonly Dictionary<string, int> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _formLookup;
    private readonly List<string> _formText = [""];
    /// <summary>What a phrase needs to know of each form, one byte a form: read for every word of every paper, where
    /// the form's text would be a pointer away.</summary>
    private readonly List<FormFlags> _formFlags = [FormFlags.None];
    private readonly List<string> _stemText = [""];

    // Words as written, with their ids: most words of a collection were seen before, and one look-up of the word as
    // it stands spares folding it, the stop-word test and two look-ups.
    private const int MaxWritten = 1 << 20;
    private readonly WrittenWords _written = new();

    public PhraseVocabulary()
    {
        _stemLookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        _formLookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>When frozen, unknown words get id 0 instead of a new id (for matching against a built vocabulary), and
    /// nothing changes any more: several threads may then read it at once.</summary>
    public bool Frozen { get; set; }

    /// <summary>True when the word is a stop word as written (folded): <c>times</c> is one, <c>time</c>, of the same stem,
    /// is not. A property of the form, so it does not depend on which spelling of a stem came first.</summary>
    public bool IsStop(PhraseToken token) => (_formFlags[token.Form] & FormFlags.Stop) != 0;

    /// <summary>The flags of every form by id; valid until a form is added.</summary>
    public ReadOnlySpan<FormFlags> Flags => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_formFlags);

    public string Form(int form) => _formText[form];

    /// <summary>The text of a stem: folded, without its plural ending.</summary>
    public string Stem(int stem) => _stemText[stem];

    /// <summary>The stem of a word as written, as text (folded, plural removed), into <paramref name="buffer"/>; false
    /// when it does not fit.</summary>
    public static bool TryStem(ReadOnlySpan<char> written, Span<char> buffer, out int length)
    {
        length = Fold(written, buffer);
        if (length < 0) return false;
        length = PluralStem(buffer[..length]);
        return true;
    }

    /// <summary>The stem and form ids of a word as written; 0 when the vocabulary is frozen and does not know it
    /// or has no room left.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int Stem, int Form) Add(ReadOnlySpan<char> written)
    {
        if (_written.TryGetValue(written, out var known)) return known;
        var ids = Identify(written);
        // Frozen, the vocabulary is only read, so several threads may match against it at once.
        if (!Frozen && ids.Stem != 0 && ids.Form != 0 && _written.Count < MaxWritten) _written.Add(written.ToString(), ids);
        return ids;
    }

    private (int Stem, int Form) Identify(ReadOnlySpan<char> written)
    {
        Span<char> buffer = stackalloc char[Math.Min(written.Length * 2, 256)];
        int length = Fold(written, buffer);
        if (length < 0) return (0, 0);
        var folded = buffer[..length];

        bool stop = ResearchStopWords.Contains(folded.ToString());
        int form = FormId(IsAcronym(written) ? written : folded, stop);
        int stemLength = PluralStem(folded);
        int stem = StemId(folded[..stemLength]);
        return (stem, form);
    }

    private int StemId(ReadOnlySpan<char> stem)
    {
        if (_stemLookup.TryGetValue(stem, out int id)) return id;
        if (Frozen || _stemText.Count > MaxId) return 0;
        id = _stemText.Count;
        var text = stem.ToString();
        _stems[text] = id;
        _stemText.Add(text);
        return id;
    }

    /// <param name="stop">Whether the form is a stop word: a function of the form (its folded text).</param>
    private int FormId(ReadOnlySpan<char> form, bool stop)
    {
        if (_formLookup.TryGetValue(form, out int id)) return id;
        if (Frozen || _formText.Count > MaxId) return 0;
        id = _formText.Count;
        var text = form.ToString();
        _forms[text] = id;
        _formText.Add(text);
        _formFlags.Add((stop ? FormFlags.Stop : FormFlags.None) | (text.Length >= 3 ? FormFlags.ThreeCharacters : FormFlags.None));
        return id;
    }

    /// <summary>
    /// Numbers the words of <paramref name="later"/>, a vocabulary of the papers after these, after these words: the
    /// ids one vocabulary of all the papers would have given (in order of first use). Returns, for each stem and form id
    /// of <paramref name="later"/>, the id here (0 when there is no room left).
    /// </summary>
    public (int[] Stems, int[] Forms) Absorb(PhraseVocabulary later)
    {
        var stems = new int[later._stemText.Count];
        for (int id = 1; id < stems.Length; id++) stems[id] = StemId(later._stemText[id]);
        var forms = new int[later._formText.Count];
        for (int id = 1; id < forms.Length; id++) forms[id] = FormId(later._formText[id], (later._formFlags[id] & FormFlags.Stop) != 0);
        foreach (var (written, ids) in later._written.Entries())
        {
            if (_written.Count >= MaxWritten) break;
            if (stems[ids.Stem] != 0 && forms[ids.Form] != 0 && !_written.TryGetValue(written, out _)) _written.Add(written, (stems[ids.Stem], forms[ids.Form]));
        }
        return (stems, forms);
    }

    /// <summary>Lower case with accents removed; -1 when the word does not fit the buffer.</summary>
    private static int Fold(ReadOnlySpan<char> word, Span<char> into)
    {
        int length = 0;
        foreach (char c in word)
        {
            if (c < 0x80)
            {
                if (length >= into.Length) return -1;
                into[length++] = char.ToLowerInvariant(c);
                continue;
            }
            foreach (char d in AccentFolding.Of(c))
            {
                if (length >= into.Length) return -1;
                into[length++] = d;
            }
        }
        return length;
    }

    /// <summary>A name shown as written: two or more capitals (<c>LLMs</c>, <c>KV</c>, <c>MoE</c>, <c>DeepSpeed</c>),
    /// where a capital first letter alone only starts a sentence or a title word.</summary>
    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        int upper = 0;
        foreach (char c in word)
            if (char.IsUpper(c) && ++upper >= 2) return true;
        return false;
    }

    /// <summary>The length of the word without its plural ending, by the rules of Lucene's EnglishMinimalStemmer
    /// (experts → expert, studies → study; bus, class and gas stay).</summary>
    internal static int PluralStem(Span<char> s)
    {
        int len = s.Length;
        if (len < 3 || s[len - 1] != 's') return len;
        switch (s[len - 2])
        {
            case 'u':
            case 's':
                return len;
            case 'e':
                if (len > 3 && s[len - 3] == 'i' && s[len - 4] != 'a' && s[len - 4] != 'e')
                {
                    s[len - 3] = 'y';
                    return len - 2;
                }
                if (s[len - 3] is 'i' or 'a' or 'o' or 'e') return len;
                return len - 1;
            default:
                return len - 1;
        }
    }
}

/// <summary>What a phrase needs to know of a word's form.</summary>
[Flags]
internal enum FormFlags : byte
{
    None = 0,
    /// <summary>A stop word as written: no phrase starts or ends with it.</summary>
    Stop = 1,
    /// <summary>Three characters or more: long enough to be a phrase alone.</summary>
    ThreeCharacters = 2,
}

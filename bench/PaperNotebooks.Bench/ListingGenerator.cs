using System.Globalization;
using System.Text;

namespace PaperNotebooks.Bench;

/// <summary>
/// Makes realistic synthetic papers, deterministically for a given seed. Proportions follow the
/// brief for the scale benchmark: ~35% scored, ~30% with the Code marker, ~15% with a GitHub link
/// in the abstract, ~30% with affiliations, ~25% recent papers listed without a year, abstracts of
/// ~1,700 characters built from sentence templates.
/// </summary>
internal sealed class ListingGenerator
{
    private const double ShareWithoutYear = 0.25;
    private const double ShareScored = 0.35;
    private const double ShareWithGithubLink = 0.15;
    private const double ShareWithAffiliations = 0.30;
    private const double ShareFullLongAuthorList = 0.15;
    private const int FirstYear = 2010;

    // Chosen so that ~30% of papers carry the Code marker overall: 0.15 * 0.8 + 0.85 * 0.212.
    private const double CodeMarkerWithLink = 0.8;
    private const double CodeMarkerWithoutLink = 0.212;

    private static readonly int[] AuthorCountWeights = [8, 10, 14, 14, 12, 10, 8, 7, 5, 4, 4, 4];
    private static readonly string[] ModelSizes = ["1.3B", "3.8B", "7B", "8B", "13B", "34B", "70B", "175B"];

    private readonly Random _random;
    private readonly AuthorPool _authors;
    private readonly DateOnly _asOf;
    private readonly double[] _categoryCumulative;
    private readonly double[] _yearCumulative;
    private readonly Template[] _context, _problem, _proposal, _method, _result, _closing, _code;
    private readonly HashSet<Template> _usedTemplates = new(ReferenceEqualityComparer.Instance);
    private string _systemName = "";

    public ListingGenerator(int seed, DateOnly asOf)
    {
        _random = new Random(seed);
        _asOf = asOf;
        _authors = new AuthorPool(_random);
        _categoryCumulative = Cumulative(Vocabulary.Categories.Select(c => c.Weight));
        // arXiv's volume grows by roughly a fifth a year.
        _yearCumulative = Cumulative(Enumerable.Range(FirstYear, asOf.Year - FirstYear + 1).Select(y => Math.Pow(1.2, y - FirstYear)));
        _context = Template.ParseAll(Vocabulary.ContextSentences);
        _problem = Template.ParseAll(Vocabulary.ProblemSentences);
        _proposal = Template.ParseAll(Vocabulary.ProposalSentences);
        _method = Template.ParseAll(Vocabulary.MethodSentences);
        _result = Template.ParseAll(Vocabulary.ResultSentences);
        _closing = Template.ParseAll(Vocabulary.ClosingSentences);
        _code = Template.ParseAll(Vocabulary.CodeSentences);
    }

    /// <summary>Refills <paramref name="paper"/> with the next paper.</summary>
    public void Next(SyntheticPaper paper)
    {
        paper.Clear();
        _systemName = SystemName();
        paper.CategoryCode = Vocabulary.Categories[PickWeighted(_categoryCumulative)].Code;
        PickDate(paper);
        paper.ScoreTenths = Chance(ShareScored) ? ScoreTenths() : null;
        paper.Title = Title();
        PickAuthors(paper);
        if (Chance(ShareWithAffiliations)) PickAffiliations(paper);

        var withLink = Chance(ShareWithGithubLink);
        if (withLink) paper.CodeUrl = GithubUrl();
        paper.CodeMarker = Chance(withLink ? CodeMarkerWithLink : CodeMarkerWithoutLink);
        WriteAbstract(paper.Abstract, paper.CodeUrl);
    }

    /// <summary>True for roughly one paper in twelve, which the listing separates by a blank line.</summary>
    public bool NextBlankLine() => Chance(0.08);

    private void PickDate(SyntheticPaper paper)
    {
        if (Chance(ShareWithoutYear))
        {
            // Listings drop the year for the last twelve months, so "latest such date on or
            // before the as-of date" recovers the real one. Feb 29 would be ambiguous.
            DateOnly date;
            do date = _asOf.AddDays(-_random.Next(365)); while (date.Month == 2 && date.Day == 29);
            paper.Published = date;
            paper.YearShown = false;
            return;
        }

        var year = FirstYear + PickWeighted(_yearCumulative);
        var first = new DateOnly(year, 1, 1);
        var last = year == _asOf.Year ? _asOf : new DateOnly(year, 12, 31);
        paper.Published = first.AddDays(_random.Next(last.DayNumber - first.DayNumber + 1));
        paper.YearShown = true;
    }

    private int ScoreTenths() => 300 + (_random.Next(350) + _random.Next(350));

    private void PickAuthors(SyntheticPaper paper)
    {
        var count = 1 + PickIndexByWeights(AuthorCountWeights);
        var listed = count > 3 && !Chance(ShareFullLongAuthorList) ? 3 : count;
        paper.AuthorsTruncated = listed < count;
        while (paper.Authors.Count < listed)
        {
            var name = _authors.Next();
            if (!paper.Authors.Contains(name)) paper.Authors.Add(name);
        }
    }

    private void PickAffiliations(SyntheticPaper paper)
    {
        var count = 1 + PickIndexByWeights([70, 22, 8]);
        while (paper.Affiliations.Count < count)
        {
            // Squaring skews toward the front of the list, so a few institutions dominate.
            var u = _random.NextDouble();
            var affiliation = Vocabulary.Affiliations[(int)(u * u * Vocabulary.Affiliations.Length)];
            if (!paper.Affiliations.Contains(affiliation)) paper.Affiliations.Add(affiliation);
        }
    }

    private string SystemName()
    {
        var roll = _random.NextDouble();
        if (roll < 0.55)
        {
            var prefix = Pick(Vocabulary.NamePrefixes);
            var suffix = Pick(Vocabulary.NameSuffixes);
            return Chance(0.25) ? prefix + suffix + Pick(Vocabulary.NameTails) : prefix + suffix;
        }
        if (roll < 0.75) return Pick(Vocabulary.Acronyms);

        // A pronounceable acronym such as KAVOR or TELIS.
        const string consonants = "BCDFGHKLMNPRSTVZ", vowels = "AEIOU";
        var length = 4 + _random.Next(3);
        Span<char> letters = stackalloc char[length];
        for (var i = 0; i < length; i++)
            letters[i] = i % 2 == 0 ? consonants[_random.Next(consonants.Length)] : vowels[_random.Next(vowels.Length)];
        return new string(letters);
    }

    private string Title()
    {
        var roll = _random.NextDouble();
        var name = _systemName;
        if (roll < 0.28) return $"{name}: {Pick(Vocabulary.TitleVerbs)} {Phrase()}";
        if (roll < 0.38)
        {
            var adjective = Pick(Vocabulary.TitleAdjectives);
            return $"{name}: {Article(adjective)} {adjective} Framework for {Pick(Vocabulary.TitleNouns)} {Pick(Vocabulary.TitleContexts)}";
        }
        if (roll < 0.53) return $"{Pick(Vocabulary.TitleVerbs)} {Phrase()}";
        if (roll < 0.68) return $"{Pick(Vocabulary.TitleAdjectives)} {Pick(Vocabulary.TitleNouns)} {Pick(Vocabulary.TitleContexts)}";
        if (roll < 0.71) return $"{name} Technical Report: {Pick(Vocabulary.TitleAdjectives)} {Pick(Vocabulary.TitleNouns)} {Pick(Vocabulary.TitleContexts)}";
        if (roll < 0.78) return Question();
        if (roll < 0.86)
            return $"{name}: {Pick(Vocabulary.TitleAdjectives)}, {Pick(Vocabulary.TitleAdjectives)} and {Pick(Vocabulary.TitleAdjectives)} {Pick(Vocabulary.TitleNouns)} {Pick(Vocabulary.TitleContexts)}";
        if (roll < 0.93)
            return Chance(0.5)
                ? $"On the {Pick(Vocabulary.TitleAdjectives)} {Pick(Vocabulary.TitleNouns)} of {Pick(Vocabulary.TitleModels)}"
                : $"Towards {Phrase()}";
        return $"{Pick(Vocabulary.TitleNouns)} with {Pick(Vocabulary.TitleModels)}: {Pick(Vocabulary.TitleVerbs)} {Phrase()}";
    }

    private string Phrase() => Chance(0.6)
        ? $"{Pick(Vocabulary.TitleAdjectives)} {Pick(Vocabulary.TitleNouns)} {Pick(Vocabulary.TitleContexts)}"
        : $"{Pick(Vocabulary.TitleNouns)} {Pick(Vocabulary.TitleContexts)}";

    private string Question() => _random.Next(4) switch
    {
        0 => $"Is {Pick(Vocabulary.TitleNouns)} All You Need?",
        1 => $"Can {Pick(Vocabulary.TitleModels)} {Pick(Vocabulary.QuestionVerbs)}?",
        2 => $"Do {Pick(Vocabulary.TitleModels)} Really Need {Pick(Vocabulary.TitleNouns)}?",
        _ => $"What Makes {Pick(Vocabulary.TitleNouns)} {Pick(Vocabulary.TitleAdjectives)}?",
    };

    private string GithubUrl()
    {
        var repo = new StringBuilder(_systemName.Length);
        foreach (var c in _systemName)
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') repo.Append(c);
        var repoName = _random.Next(3) switch
        {
            0 => repo.ToString(),
            1 => repo.ToString().ToLowerInvariant(),
            _ => "Awesome-" + repo,
        };
        var url = $"https://github.com/{Pick(Vocabulary.GithubOrgs)}/{repoName}";
        return Chance(0.1) ? url + "/tree/main/examples" : url;
    }

    private void WriteAbstract(StringBuilder text, string? codeUrl)
    {
        var target = Math.Clamp((int)(1680 + 380 * Gaussian()), 400, 3400);
        _usedTemplates.Clear();
        Sentence(text, _context);
        Sentence(text, _problem);
        if (Chance(0.5)) Sentence(text, _problem);
        Sentence(text, _proposal);
        while (text.Length < target - 140) Sentence(text, Chance(0.55) ? _method : _result);
        Sentence(text, _closing);
        if (codeUrl is not null) Sentence(text, _code, codeUrl);
    }

    private void Sentence(StringBuilder text, Template[] choices, string? url = null)
    {
        if (text.Length > 0) text.Append(' ');
        var start = text.Length;
        var template = Pick(choices);
        // Long abstracts run out of templates; a few tries keep repeats rare without forbidding them.
        for (var retry = 0; retry < 3 && _usedTemplates.Contains(template); retry++) template = Pick(choices);
        _usedTemplates.Add(template);
        foreach (var part in template.Parts)
        {
            switch (part.Slot)
            {
                case Slot.Literal: text.Append(part.Literal); break;
                case Slot.Pool: AppendAfterArticle(text, Pick(part.Pool!)); break;
                case Slot.Name: AppendAfterArticle(text, _systemName); break;
                case Slot.Url: text.Append(url); break;
                case Slot.Percent: AppendPercent(text); break;
                case Slot.Speedup: AppendSpeedup(text); break;
                case Slot.Integer: text.Append(2 + _random.Next(63)); break;
                case Slot.Tokens: AppendTokenCount(text); break;
                case Slot.Examples: AppendExampleCount(text); break;
                case Slot.Size: text.Append(Pick(ModelSizes)); break;
                case Slot.Small: text.Append("0.").Append(1 + _random.Next(9)).Append('%'); break;
            }
        }
        if (char.IsLower(text[start])) text[start] = char.ToUpperInvariant(text[start]);
    }

    /// <summary>Appends a word, turning a preceding "a" into "an" when the word starts with a vowel.</summary>
    private static void AppendAfterArticle(StringBuilder text, string word)
    {
        var n = text.Length;
        if (n >= 2 && text[n - 1] == ' ' && text[n - 2] is 'a' or 'A' && (n == 2 || text[n - 3] == ' ') && StartsWithVowel(word))
            text.Insert(n - 1, 'n');
        text.Append(word);
    }

    private static bool StartsWithVowel(string word) => word.Length > 0 && "AEIOUaeiou".Contains(word[0]);

    private static string Article(string word) => StartsWithVowel(word) ? "An" : "A";

    private void AppendPercent(StringBuilder text)
    {
        text.Append(5 + _random.Next(91));
        if (Chance(0.4)) text.Append('.').Append(_random.Next(10));
        text.Append('%');
    }

    private void AppendSpeedup(StringBuilder text)
    {
        text.Append(1 + _random.Next(12)).Append('.').Append(_random.Next(10));
        var roll = _random.NextDouble();
        text.Append(roll < 0.3 ? "×" : roll < 0.9 ? "x" : " times");
    }

    private void AppendTokenCount(StringBuilder text)
    {
        if (Chance(0.5)) text.Append(1 + _random.Next(15)).Append('.').Append(_random.Next(10)).Append(" trillion");
        else text.Append(50 * (1 + _random.Next(19))).Append(" billion");
    }

    private void AppendExampleCount(StringBuilder text)
    {
        switch (_random.Next(3))
        {
            case 0: text.Append(1 + _random.Next(9)).Append(',').Append((_random.Next(10) * 100).ToString("000", CultureInfo.InvariantCulture)); break;
            case 1: text.Append(1 + _random.Next(9)).Append('.').Append(_random.Next(10)).Append(" million"); break;
            default: text.Append(10 + _random.Next(490)).Append('K'); break;
        }
    }

    private double Gaussian()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(T[] pool) => pool[_random.Next(pool.Length)];

    private int PickWeighted(double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, _random.NextDouble() * cumulative[^1]);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private int PickIndexByWeights(int[] weights)
    {
        var roll = _random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0) return i;
        }
        return weights.Length - 1;
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        double total = 0;
        return weights.Select(w => total += w).ToArray();
    }

    private enum Slot { Literal, Pool, Name, Url, Percent, Speedup, Integer, Tokens, Examples, Size, Small }

    private readonly record struct TemplatePart(Slot Slot, string? Literal = null, string[]? Pool = null);

    /// <summary>A sentence template split once into literals and <c>{slot}</c>s.</summary>
    private sealed record Template(TemplatePart[] Parts)
    {
        public static Template[] ParseAll(string[] sentences) => sentences.Select(Parse).ToArray();

        private static Template Parse(string sentence)
        {
            var parts = new List<TemplatePart>();
            var position = 0;
            while (position < sentence.Length)
            {
                var open = sentence.IndexOf('{', position);
                if (open < 0) open = sentence.Length;
                if (open > position) parts.Add(new TemplatePart(Slot.Literal, sentence[position..open]));
                if (open == sentence.Length) break;
                var close = sentence.IndexOf('}', open);
                parts.Add(SlotPart(sentence[(open + 1)..close]));
                position = close + 1;
            }
            return new Template([.. parts]);
        }

        private static TemplatePart SlotPart(string slot) => slot switch
        {
            "name" => new(Slot.Name),
            "url" => new(Slot.Url),
            "pct" => new(Slot.Percent),
            "x" => new(Slot.Speedup),
            "int" => new(Slot.Integer),
            "big" => new(Slot.Tokens),
            "count" => new(Slot.Examples),
            "size" => new(Slot.Size),
            "small" => new(Slot.Small),
            _ => new(Slot.Pool, Pool: Vocabulary.Slots.TryGetValue(slot, out var pool)
                ? pool
                : throw new InvalidOperationException($"Sentence template uses unknown slot {{{slot}}}.")),
        };
    }
}

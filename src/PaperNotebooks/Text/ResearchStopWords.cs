using System.Collections.Frozen;

namespace PaperNotebooks.Text;

/// <summary>
/// Words that say nothing about what a paper is about: English function words, and the words every
/// abstract uses to say it has a method and results (paper, propose, approach, novel, ...).
/// </summary>
internal static class ResearchStopWords
{
    /// <summary>English function words and the like.</summary>
    public static readonly FrozenSet<string> English = FrozenSet.ToFrozenSet(
    [
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "already", "also",
        "although", "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "be",
        "became", "because", "become", "becomes", "been", "before", "being", "below", "between", "beyond", "both",
        "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "done", "down", "due", "during", "each",
        "either", "else", "enough", "etc", "even", "ever", "every", "few", "for", "from", "further", "furthermore",
        "had", "has", "have", "having", "he", "hence", "her", "here", "hers", "him", "his", "how", "however", "i",
        "if", "in", "into", "is", "it", "its", "itself", "just", "least", "less", "like", "may", "me", "might",
        "more", "moreover", "most", "much", "must", "my", "neither", "no", "nor", "not", "now", "of", "off", "often",
        "on", "once", "one", "only", "onto", "or", "other", "others", "otherwise", "our", "ours", "ourselves", "out",
        "over", "own", "per", "rather", "same", "she", "should", "since", "so", "some", "such", "than", "that",
        "the", "their", "theirs", "them", "themselves", "then", "there", "thereby", "therefore", "these", "they",
        "this", "those", "though", "through", "thus", "to", "too", "toward", "towards", "under", "until", "up",
        "upon", "us", "very", "via", "was", "we", "well", "were", "what", "when", "where", "whereas", "whether",
        "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
        "your", "e.g", "eg", "i.e", "ie", "vs", "two", "three", "four", "five", "first", "second", "third",
    ], StringComparer.Ordinal);

    /// <summary>Words of the research abstract genre, which every paper uses whatever its subject.</summary>
    public static readonly FrozenSet<string> Domain = FrozenSet.ToFrozenSet(
    [
        "paper", "papers", "propose", "proposes", "proposed", "proposing", "approach", "approaches", "method",
        "methods", "methodology", "result", "results", "show", "shows", "showed", "shown", "showing", "novel", "new",
        "present", "presents", "presented", "introduce", "introduces", "introduced", "work", "works", "study",
        "studies", "studied", "demonstrate", "demonstrates", "demonstrated", "achieve", "achieves", "achieved",
        "achieving", "provide", "provides", "provided", "based", "using", "use", "used", "uses", "existing",
        "significant", "significantly", "various", "different", "several", "many", "challenge", "challenges",
        "challenging", "problem", "problems", "address", "addresses", "addressing", "enable", "enables", "enabled",
        "enabling", "improve", "improves", "improved", "improving", "improvement", "improvements", "experiment",
        "experiments", "experimental", "evaluation", "evaluations", "evaluate", "evaluated", "state", "art",
        "compared", "compare", "comparison", "outperform", "outperforms", "outperforming", "propose", "framework",
        "frameworks", "technique", "techniques", "task", "tasks", "recent", "recently", "current", "currently",
        "key", "important", "effective", "effectively", "efficient", "efficiently", "high", "higher", "low",
        "lower", "large", "larger", "small", "smaller", "better", "best", "make", "makes", "making", "made", "way",
        "ways", "able", "allow", "allows", "allowing", "aim", "aims", "set", "number", "range", "order", "case",
        "cases", "need", "needs", "including", "include", "includes", "given", "general", "specific", "respectively",
        "times", "up", "end", "extensive", "extensively", "substantial", "substantially", "consider", "considered",
        "obtain", "obtained", "perform", "performs", "performed", "leverage", "leverages", "leveraging", "offer",
        "offers", "furthermore", "additionally", "addition", "finally", "first", "despite", "across", "while",
        "here", "often", "typically", "particular", "particularly", "especially", "widely", "critical", "crucial",
        "potential", "significant", "superior", "overall", "practical", "open", "available", "code", "github",
        "https", "http", "www", "com", "org",
    ], StringComparer.Ordinal);

    /// <summary>Both lists in one set.</summary>
    public static readonly FrozenSet<string> All = English.Union(Domain).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for a word (lower case) that should not start or end a key phrase.</summary>
    public static bool Contains(string word) => English.Contains(word) || Domain.Contains(word);
}

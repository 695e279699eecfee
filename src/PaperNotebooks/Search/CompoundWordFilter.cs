using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PaperNotebooks.Search;

/// <summary>
/// Adds the words inside compound names as extra tokens at the same position as the whole:
/// <c>DeepSpeed4Science</c> also gives <c>DeepSpeed</c>, <c>Deep</c>, <c>Speed</c> and <c>Science</c>,
/// <c>SuperOffload</c> gives <c>Super</c> and <c>Offload</c>.
/// </summary>
/// <remarks>
/// Lucene's WordDelimiterFilter splits the same way but gives each part a position of its own, so that
/// <c>"deepspeed chat"</c> no longer matches <c>DeepSpeed-Chat</c> as a phrase (the parts push <c>Chat</c> two
/// positions on). Here every part stacks on the original, so phrases keep working; it runs before lower-casing
/// because case changes are where it splits. Parts shorter than two characters are dropped (<c>MoE</c> stays whole).
/// </remarks>
internal sealed class CompoundWordFilter : TokenFilter
{
    private const int MinPartLength = 2;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly List<(int Start, int Length)> _pending = [];
    private char[] _original = new char[32];
    private int _originalStart;
    private int _pendingIndex;

    public CompoundWordFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pendingIndex < _pending.Count)
        {
            var (start, length) = _pending[_pendingIndex++];
            _term.CopyBuffer(_original, start, length);
            _position.PositionIncrement = 0;
            _offset.SetOffset(_originalStart + start, _originalStart + start + length);
            return true;
        }
        if (!m_input.IncrementToken()) return false;

        _pending.Clear();
        _pendingIndex = 0;
        int tokenLength = _term.Length;
        // Offsets beyond the term (a possessive 's removed) are harmless: parts are placed from the start.
        if (MaySplit(_term.Buffer.AsSpan(0, tokenLength)))
        {
            if (_original.Length < tokenLength) _original = new char[Math.Max(tokenLength, 2 * _original.Length)];
            _term.Buffer.AsSpan(0, tokenLength).CopyTo(_original);
            _originalStart = _offset.StartOffset;
            FindParts(_original.AsSpan(0, tokenLength), _pending);
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _pendingIndex = 0;
    }

    /// <summary>Most tokens are plain words (<c>training</c>, <c>Training</c>): a capital after the first letter,
    /// a digit or another character is needed for any part. Checked first because it is cheap.</summary>
    /// <summary>True when the token is worth <see cref="FindParts"/>: long enough for two parts, short enough to be a
    /// name, and of a shape with parts (<see cref="MayHaveParts"/>).</summary>
    internal static bool MaySplit(ReadOnlySpan<char> token) =>
        token.Length >= 2 * MinPartLength && token.Length <= MaxLength && MayHaveParts(token);

    /// <summary>Tokens longer than this are not split (no name is).</summary>
    private const int MaxLength = 64;

    private static bool MayHaveParts(ReadOnlySpan<char> token)
    {
        for (int i = 1; i < token.Length; i++)
        {
            char c = token[i];
            if (!char.IsAsciiLetterLower(c) && !(c > 0x7F && char.IsLower(c))) return true;
        }
        return !char.IsLetter(token[0]);
    }

    /// <summary>
    /// The parts of a token, without the token itself: first the runs of letters or digits between other
    /// characters, then the case-split words of each run of letters.
    /// </summary>
    internal static void FindParts(ReadOnlySpan<char> token, List<(int Start, int Length)> parts)
    {
        int runStart = -1;
        for (int i = 0; i <= token.Length; i++)
        {
            bool boundary = i == token.Length || !char.IsLetterOrDigit(token[i])
                || (i > runStart && runStart >= 0 && char.IsDigit(token[i]) != char.IsDigit(token[i - 1]));
            if (runStart >= 0 && boundary)
            {
                AddRun(token, runStart, i - runStart, parts);
                runStart = -1;
            }
            if (runStart < 0 && i < token.Length && char.IsLetterOrDigit(token[i])) runStart = i;
        }
    }

    private static void AddRun(ReadOnlySpan<char> token, int start, int length, List<(int Start, int Length)> parts)
    {
        if (length >= MinPartLength && length < token.Length) parts.Add((start, length));
        if (!char.IsLetter(token[start])) return;

        int wordStart = start;
        int firstWord = parts.Count;
        for (int i = start + 1; i <= start + length; i++)
        {
            bool split = i == start + length
                || (char.IsUpper(token[i]) && char.IsLower(token[i - 1]))
                || (char.IsUpper(token[i]) && i + 1 < start + length && char.IsLower(token[i + 1]) && char.IsUpper(token[i - 1]));
            if (!split) continue;
            int wordLength = i - wordStart;
            if (wordLength < MinPartLength || (i < start + length && start + length - i < MinPartLength))
            {
                // A one-letter piece (MoE, GRadient) means this is not a compound of words: keep the run whole.
                parts.RemoveRange(firstWord, parts.Count - firstWord);
                return;
            }
            if (wordLength < length) parts.Add((wordStart, wordLength));
            wordStart = i;
        }
    }
}

using System.CommandLine.Parsing;
using System.Globalization;
using PaperNotebooks.Text;

namespace PaperNotebooks.Cli.Commands;

/// <summary>
/// Option values are parsed here and only here, by parsers that add an error naming the option instead of throwing:
/// a validator that reads a value (<c>GetValueOrDefault</c>) throws during <c>Parse</c> when the text is not of the
/// option's type, which is how <c>--top abc</c> used to end papernb with a stack trace.
/// </summary>
internal static class OptionParsers
{
    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; anything else is an error.</summary>
    public static Func<ArgumentResult, int> WholeNumber(int min, int max) => result =>
    {
        string text = Token(result);
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max) return value;
        result.AddError($"{OptionName(result)} must be a whole number from {min:N0} to {max:N0}, not '{Excerpt.Of(text)}'.");
        return min;
    };

    /// <summary>One of a fixed set of words (<paramref name="what"/> they are), comma-separated when <paramref name="list"/>.</summary>
    public static Func<ArgumentResult, string> OneOf(string what, string[] words, bool list = false) => result =>
    {
        string text = Token(result);
        string[] parts = list ? text.Split(',', StringSplitOptions.TrimEntries) : [text];
        foreach (string part in parts)
        {
            if (!words.Contains(part, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"{OptionName(result)} '{Excerpt.Of(part)}' is not a {what}; use {string.Join(", ", words[..^1])} or {words[^1]}.");
                break;
            }
        }
        return string.Join(',', parts.Select(p => p.ToLowerInvariant()));
    };

    /// <summary>A path, which may not be empty; whether it can be used is checked by the command.</summary>
    public static Func<ArgumentResult, string> Path() => result =>
    {
        string text = Token(result);
        if (string.IsNullOrWhiteSpace(text)) result.AddError($"{OptionName(result)} needs a path, not an empty value.");
        else if (text.Length > MaxPathLength) result.AddError($"{OptionName(result)} '{Excerpt.Of(text)}' is longer than any path can be.");
        return text;
    };

    /// <summary>PATH_MAX on Linux; refusing longer paths here keeps them out of every later message.</summary>
    private const int MaxPathLength = 4096;

    public static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : "";

    public static string OptionName(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}

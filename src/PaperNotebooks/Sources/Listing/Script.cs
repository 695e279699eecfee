using PaperNotebooks.Sources;

namespace PaperNotebooks.Listing;

/// <summary>A coarse writing-system class, enough to see where a Latin title meets a name in another script.</summary>
internal enum Script
{
    Other,
    Latin,
    Greek,
    Cyrillic,
    Hebrew,
    Arabic,
    Indic,
    Thai,
    Cjk,
    Hangul,
}

internal static class Scripts
{
        public static Script Of(char c) => c switch
        {
            < '\u0250' => Script.Latin,
            >= '\u0370' and < '\u0400' => Script.Greek,
            >= '\u0400' and < '\u0530' => Script.Cyrillic,
            >= '\u0590' and < '\u0600' => Script.Hebrew,
            >= '\u0600' and < '\u0780' => Script.Arabic,
            >= '\u0900' and < '\u0E00' => Script.Indic,
            >= '\u0E00' and < '\u0E80' => Script.Thai,
            >= '\u1E00' and < '\u1F00' => Script.Latin,
            >= '\u1100' and < '\u1200' => Script.Hangul,
            >= '\uAC00' and < '\uD7B0' => Script.Hangul,
            >= '\u2E80' and < '\uA000' => Script.Cjk,
            >= '\uF900' and < '\uFB00' => Script.Cjk,
            _ => Script.Other,
        };
}

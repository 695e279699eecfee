namespace PaperNotebooks.Charts.Images;

/// <summary>Chromium could not be started, or could not draw or print; the message is one line for a user.</summary>
public sealed class ChromiumException : Exception
{
    public ChromiumException(string message) : base(message)
    {
    }

    public ChromiumException(string message, Exception inner) : base(message, inner)
    {
    }
}

using System.Globalization;
using CsvHelper;

namespace PaperNotebooks.Export;

/// <summary>What the CSV writer and reader agree on: RFC 4180 with CRLF, (how lists and nulls become fields is the schema's kinds).</summary>
internal static class CsvPaperFormat
{
    public static CsvWriterOptions WriterOptions { get; } = CsvWriterOptions.Default with
    {
        Mode = CsvMode.Rfc4180,
        Separator = ',',
        NewLine = "\r\n",
        // Quoting fields with whitespace at either end keeps it through readers that trim.
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        // Exports must read back exactly; escaping would change titles that start with '-' or '='.
        Injection = CsvInjection.None,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static CsvReaderOptions ReaderOptions { get; } = CsvReaderOptions.Default with
    {
        Mode = CsvMode.Rfc4180,
        // Never detect: author lists are full of semicolons.
        Separator = ',',
        HasHeader = true,
        AllowLineBreaksInQuotes = true,
        TrimWhitespace = false,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MissingField = CsvMissingFieldHandling.Throw,
        FormatProvider = CultureInfo.InvariantCulture,
    };
}

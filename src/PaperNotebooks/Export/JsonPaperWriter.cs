using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperNotebooks.Model;

namespace PaperNotebooks.Export;

/// <summary>Writes papers as an indented JSON array, fields in <see cref="PaperFieldNames.InOrder"/>.</summary>
internal sealed class JsonPaperWriter : IPaperWriter
{
    // Hand the UTF-8 over to the text writer in chunks, so a large export never sits whole in memory.
    private const int ChunkBytes = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Keeps accented names readable; the output is a file, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonEncodedText Id = JsonEncodedText.Encode(PaperFieldNames.Id);
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode(PaperFieldNames.Title);
    private static readonly JsonEncodedText Authors = JsonEncodedText.Encode(PaperFieldNames.Authors);
    private static readonly JsonEncodedText AuthorsTruncated = JsonEncodedText.Encode(PaperFieldNames.AuthorsTruncated);
    private static readonly JsonEncodedText Affiliations = JsonEncodedText.Encode(PaperFieldNames.Affiliations);
    private static readonly JsonEncodedText Category = JsonEncodedText.Encode(PaperFieldNames.Category);
    private static readonly JsonEncodedText CategoryName = JsonEncodedText.Encode(PaperFieldNames.CategoryName);
    private static readonly JsonEncodedText Published = JsonEncodedText.Encode(PaperFieldNames.Published);
    private static readonly JsonEncodedText YearInferred = JsonEncodedText.Encode(PaperFieldNames.YearInferred);
    private static readonly JsonEncodedText HasCode = JsonEncodedText.Encode(PaperFieldNames.HasCode);
    private static readonly JsonEncodedText CodeUrl = JsonEncodedText.Encode(PaperFieldNames.CodeUrl);
    private static readonly JsonEncodedText Links = JsonEncodedText.Encode(PaperFieldNames.Links);
    private static readonly JsonEncodedText Score = JsonEncodedText.Encode(PaperFieldNames.Score);
    private static readonly JsonEncodedText Abstract = JsonEncodedText.Encode(PaperFieldNames.Abstract);
    private static readonly JsonEncodedText Line = JsonEncodedText.Encode(PaperFieldNames.Line);

    public void Write(IEnumerable<Paper> papers, TextWriter writer)
    {
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes);
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var paper in papers)
            {
                WritePaper(json, paper);
                if (json.BytesPending + buffer.WrittenCount >= ChunkBytes)
                {
                    json.Flush();
                    Drain(buffer, decoder, writer, flush: false);
                }
            }
            json.WriteEndArray();
        }
        Drain(buffer, decoder, writer, flush: true);
        writer.Write('\n');
    }

    private static void WritePaper(Utf8JsonWriter json, Paper paper)
    {
        json.WriteStartObject();
        json.WriteString(Id, paper.Id);
        json.WriteString(Title, paper.Title);
        WriteStrings(json, Authors, paper.Authors);
        json.WriteBoolean(AuthorsTruncated, paper.AuthorsTruncated);
        WriteStrings(json, Affiliations, paper.Affiliations);
        json.WriteString(Category, paper.Category);
        json.WriteString(CategoryName, paper.CategoryName);
        json.WriteString(Published, paper.Published.ToString(PaperFieldNames.DateFormat, CultureInfo.InvariantCulture));
        json.WriteBoolean(YearInferred, paper.YearInferred);
        json.WriteBoolean(HasCode, paper.HasCode);
        json.WriteString(CodeUrl, paper.CodeUrl);
        WriteStrings(json, Links, paper.Links);
        // JSON has no NaN or infinity; a score that is not a number is written as no score.
        if (paper.Score is { } score && double.IsFinite(score))
            json.WriteNumber(Score, score);
        else
            json.WriteNull(Score);
        json.WriteString(Abstract, paper.Abstract);
        json.WriteNumber(Line, paper.Line);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void Drain(ArrayBufferWriter<byte> buffer, Decoder decoder, TextWriter writer, bool flush)
    {
        var bytes = buffer.WrittenSpan;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, decoder.GetCharCount(bytes, flush)));
        try
        {
            var count = decoder.GetChars(bytes, chars, flush);
            writer.Write(chars, 0, count);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
        buffer.ResetWrittenCount();
    }
}

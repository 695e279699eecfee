using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperNotebooks.Model;

namespace PaperNotebooks.Export;

/// <summary>Writes papers as an indented JSON array, fields in <see cref="PaperSchema.Fields"/> order.</summary>
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
        foreach (var field in PaperSchema.Fields) field.WriteJson(json, paper);
        json.WriteEndObject();
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

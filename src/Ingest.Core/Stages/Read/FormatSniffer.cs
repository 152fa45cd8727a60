using System.Text;
using System.Text.RegularExpressions;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Read;

/// <summary>Tells from the bytes what a file is: PDF, HTML, Markdown, plain text, or binary that is none of them.</summary>
public static partial class FormatSniffer
{
    private const int Window = 8192;

    /// <summary>Magic numbers of common binary formats that turn up among documents by mistake.</summary>
    private static readonly (string Name, byte[] Magic)[] BinarySignatures =
    [
        ("PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("ZIP archive (or DOCX/ODT)", [0x50, 0x4B, 0x03, 0x04]),
        ("GIF image", [0x47, 0x49, 0x46, 0x38]),
        ("JPEG image", [0xFF, 0xD8, 0xFF]),
        ("gzip archive", [0x1F, 0x8B]),
        ("OLE2 file (DOC/XLS)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        ("ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
        ("7-Zip archive", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        ("RAR archive", [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07]),
    ];

    /// <summary>The name of the binary format the bytes are, or null when they may be text.</summary>
    public static string? BinaryKind(ReadOnlySpan<byte> bytes)
    {
        foreach (var (name, magic) in BinarySignatures)
        {
            if (bytes.StartsWith(magic))
            {
                return name;
            }
        }
        var head = bytes[..Math.Min(bytes.Length, Window)];
        // UTF-16 and UTF-32 text is full of zero bytes; the byte order mark or their pattern tells it from binary.
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) || Utf16Sniffer.Sniff(head) is not null)
        {
            return null;
        }
        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                controls++;
            }
        }
        // Text, even damaged text, has few C0 bytes; binary data has them everywhere.
        return controls > head.Length / 10 ? "binary data" : null;
    }

    public static bool IsPdf(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    /// <summary>Sniffs the format of decoded text: HTML (doctype, root tag, or a fragment of block tags), Markdown, or plain text.</summary>
    /// <remarks>Markdown may embed some HTML, so a handful of tags in a file with more Markdown signals stays Markdown.</remarks>
    public static DocumentFormat Sniff(string text)
    {
        var head = text.Length > Window * 2 ? text[..(Window * 2)] : text;
        if (HtmlStart().IsMatch(head))
        {
            return DocumentFormat.Html;
        }
        var tags = HtmlTags().Count(head);
        var markdownSignals = MarkdownHeading().Count(head) * 2 + MarkdownSetextHeading().Count(head) * 2
            + MarkdownEmphasis().Count(head) + MarkdownLink().Count(head) + MarkdownFence().Count(head) * 2
            + (MarkdownFrontMatter().IsMatch(head) ? 3 : 0);
        if (tags >= 3 && tags >= markdownSignals)
        {
            return DocumentFormat.Html;
        }
        return markdownSignals >= 3 ? DocumentFormat.Markdown : DocumentFormat.Text;
    }

    [GeneratedRegex(@"^\s*(<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"</?(p|div|h[1-6]|ul|ol|li|table|body|head|span|a\s|br|section|article)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTags();

    [GeneratedRegex(@"^#{1,6} \S", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^[^\s#>=-][^\n]{0,120}\n(={3,}|-{3,})[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex MarkdownSetextHeading();

    [GeneratedRegex(@"^(```|~~~)", RegexOptions.Multiline)]
    private static partial Regex MarkdownFence();

    [GeneratedRegex(@"\A\uFEFF?---[ \t]*\r?\n(?:[^\n]*\n){0,40}?---[ \t]*\r?\n")]
    private static partial Regex MarkdownFrontMatter();

    [GeneratedRegex(@"\*\*[^*\n]+\*\*|__[^_\n]+__")]
    private static partial Regex MarkdownEmphasis();

    [GeneratedRegex(@"\[[^\]\n]+\]\([^)\s]+\)")]
    private static partial Regex MarkdownLink();
}

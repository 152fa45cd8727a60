using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Core.Stages.Read;

/// <summary>Finds the charset a file declares for itself: HTML <c>&lt;meta&gt;</c>, the XML declaration, or Markdown/YAML front matter.</summary>
/// <remarks>Like the HTML prescan (HTML §13.2.3.2), only the first bytes are looked at, read as ASCII.</remarks>
public static partial class DeclaredCharset
{
    private const int Window = 4096;

    /// <summary>The declared label as written, or null.</summary>
    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, Window)]);
        if (XmlDeclaration().Match(head) is { Success: true } xml)
        {
            return xml.Groups[1].Value;
        }
        if (MetaCharset().Match(head) is { Success: true } meta)
        {
            return meta.Groups[1].Value;
        }
        if (FrontMatter().Match(head) is { Success: true } front && FrontMatterCharset().Match(front.Value) is { Success: true } key)
        {
            return key.Groups[1].Value;
        }
        return null;
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*?\bencoding\s*=\s*[""']([A-Za-z0-9._:-]+)[""']")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*([A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"\A(?:\uFEFF)?---\r?\n.*?\n(?:---|\.\.\.)\r?\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^(?:charset|encoding)\s*:\s*[""']?([A-Za-z0-9._:-]+)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex FrontMatterCharset();
}

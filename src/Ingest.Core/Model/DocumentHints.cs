namespace Ingest.Core.Model;

/// <summary>Claims a document makes about itself (declared charset, <c>lang</c> attribute, file name tag): evidence, not verdicts.</summary>
public sealed record DocumentHints(string? DeclaredCharset = null, string? LanguageHint = null)
{
    public static readonly DocumentHints None = new();
}

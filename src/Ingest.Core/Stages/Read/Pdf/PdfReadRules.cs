using System.Collections.Frozen;
using System.Globalization;
using Ingest.Core.Diagnostics;
using Ingest.Pdf;

namespace Ingest.Core.Stages.Read.Pdf;

/// <summary>The PDF reader's rules as Ingest rules: PDF0nn becomes ING1(10+nn), so codes stay stable and in the read range.</summary>
public static class PdfReadRules
{
    private static readonly FrozenDictionary<string, Rule> ByPdfCode = PdfRules.All.ToFrozenDictionary(r => r.Code, Convert, StringComparer.Ordinal);

    /// <summary>Codes whose finding means no usable text came out: the document fails.</summary>
    private static readonly FrozenSet<string> Fatal = new[] { PdfRules.WrongPassword.Code, PdfRules.UnsupportedEncryption.Code, PdfRules.NoPages.Code }
        .ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlyList<Rule> All { get; } = [.. ByPdfCode.Values.OrderBy(r => r.Code, StringComparer.Ordinal)];

    public static Rule For(PdfRule rule) => ByPdfCode[rule.Code];

    public static bool IsFatal(PdfRule rule) => Fatal.Contains(rule.Code);

    private static Rule Convert(PdfRule rule)
    {
        var number = int.Parse(rule.Code.AsSpan(3), CultureInfo.InvariantCulture);
        var severity = rule.DefaultSeverity switch
        {
            PdfSeverity.Error => Severity.Error,
            PdfSeverity.Warning => Severity.Warning,
            _ => Severity.Info,
        };
        return new Rule(string.Create(CultureInfo.InvariantCulture, $"ING{110 + number:D3}"), "PDF: " + rule.Title, severity, rule.Help);
    }
}

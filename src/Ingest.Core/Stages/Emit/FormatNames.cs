using Ingest.Core.Diagnostics;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Emit;

/// <summary>The lower-case names the output format uses for enumerations.</summary>
public static class FormatNames
{
    public static string Of(DocumentFormat format) => format switch
    {
        DocumentFormat.Markdown => "markdown",
        DocumentFormat.Html => "html",
        DocumentFormat.Pdf => "pdf",
        _ => "text",
    };

    public static string Of(SectionKind kind) => kind switch
    {
        SectionKind.Front => "front",
        SectionKind.Toc => "toc",
        SectionKind.Back => "back",
        SectionKind.Boilerplate => "boilerplate",
        _ => "body",
    };

    public static string Of(InputStatus status) => status switch
    {
        InputStatus.Failed => "failed",
        InputStatus.Skipped => "skipped",
        _ => "ok",
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string Of(SpanUnit unit) => unit == SpanUnit.Byte ? "byte" : "char";
}

using System.Text.RegularExpressions;

namespace Ingest.Core.Stages.Parse.Pdf;

/// <summary>Tells the lines of a title page that are set large or bold but head nothing: a date, a version, an address.</summary>
/// <remarks>
/// A manual's first page sets its title, its authors, its version and date in display type, one line each; they stand
/// out by size like headings, and what tells them apart is what they say. A line of the first page with a date
/// ("June 7, 2020", "2013/01/14", "2022-03-19"), a version ("Version 3.01", "v0.4a") or a web or mail address is
/// such a line. Later pages are left alone: a section may well be named "Version 2.0" or "Changes in 2023".
/// </remarks>
internal static partial class TitlePageLines
{
    public static bool IsByline(PdfChunk chunk) =>
        chunk.Region is { Page: 1 } && (Date().IsMatch(chunk.Text) || Version().IsMatch(chunk.Text) || TextCues.HasLink(chunk.Text) || chunk.Text.Contains('@'));

    /// <summary>A year with a month's name or number beside it (English month names; ISO and slashed dates).</summary>
    [GeneratedRegex(@"\b(?:1[89]|20)\d\d[/-]\d\d?[/-]\d\d?\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:1[89]|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex Date();

    [GeneratedRegex(@"\b(?:Version\s+\d|v\d+\.\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Version();
}

namespace Ingest.Core.Model;

/// <summary>One block of a laid-out page (a PDF's paragraph, heading, caption, header...) and its range in the decoded text.</summary>
/// <param name="Span">Range of the region's text in the decoded text (chars), before any repair.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="Box">Bounding box on the page.</param>
/// <param name="FontSize">Dominant font size (by characters), in points.</param>
/// <param name="FontName">Dominant font name.</param>
/// <param name="IsBold">Dominant weight is bold.</param>
/// <param name="IsItalic">Dominant style is italic.</param>
/// <param name="LineCount">How many printed lines the region has.</param>
/// <param name="Column">0-based column of the page the region stands in.</param>
/// <param name="Role">Body, or the kind of page furniture.</param>
/// <param name="RoleReason">Why a non-body role was given (e.g. "same text at the top of 9 of 10 pages"), else null.</param>
public sealed record LayoutRegion(
    Span Span,
    int Page,
    PageBox Box,
    double FontSize,
    string FontName,
    bool IsBold,
    bool IsItalic,
    int LineCount,
    int Column,
    RegionRole Role = RegionRole.Body,
    string? RoleReason = null);

namespace Ingest.Pdf.Layout;

/// <summary>
/// Spacing accents that old TeX fonts (OT1) and some producers draw as separate glyphs over a letter, with the
/// combining mark each stands for: "u" + "¨" drawn on top of each other is "ü".
/// </summary>
internal static class SpacingAccents
{
    public static string? Combining(string text) => text switch
    {
        "\u00A8" => "\u0308",
        "\u00B4" or "\u02CA" => "\u0301",
        "`" or "\u02CB" => "\u0300",
        "\u02C6" or "^" => "\u0302",
        "\u02DC" or "~" => "\u0303",
        "\u00B8" => "\u0327",
        "\u02C7" => "\u030C",
        "\u02D8" => "\u0306",
        "\u02D9" => "\u0307",
        "\u02DA" => "\u030A",
        "\u02DB" => "\u0328",
        "\u02DD" => "\u030B",
        "\u00AF" or "\u02C9" => "\u0304",
        _ => null,
    };

    /// <summary>A base with a mark: dotless i and j take their dot back under an accent, then NFC.</summary>
    public static string Attach(string piece, string mark)
    {
        var basePart = piece switch
        {
            "\u0131" => "i",
            "\u0237" => "j",
            _ => piece,
        };
        return (basePart + mark).Normalize(System.Text.NormalizationForm.FormC);
    }
}

namespace Ingest.Core.Model;

/// <summary>A BCP 47 language tag (<c>und</c> when undetermined) with a calibrated confidence.</summary>
public sealed record LanguageResult(string Tag, double Confidence)
{
    public const string UndeterminedTag = "und";

    public static readonly LanguageResult Undetermined = new(UndeterminedTag, 0);

    public bool IsDetermined => Tag != UndeterminedTag;
}

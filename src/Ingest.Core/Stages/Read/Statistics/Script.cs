namespace Ingest.Core.Stages.Read.Statistics;

/// <summary>The scripts whose letters never meet inside one word; <see cref="Other"/> (CJK and the rest) mixes freely.</summary>
internal enum Script
{
    None,
    Latin,
    Greek,
    Cyrillic,
    Hebrew,
    Arabic,
    Other,
}

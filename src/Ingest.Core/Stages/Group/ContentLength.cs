namespace Ingest.Core.Stages.Group;

/// <summary>A length of text that is comparable across scripts: letters and digits, with ideographs and syllable
/// blocks counted as the several Latin letters a translation typically needs for them.</summary>
/// <remarks>Gale and Church compare character lengths; that only holds within alphabetic scripts, so Han counts 3,
/// Hangul 2.5 and kana 2 (rough expansion factors of Chinese, Korean and Japanese into European languages).</remarks>
public static class ContentLength
{
    public static double Of(string text)
    {
        double length = 0;
        foreach (var c in text)
        {
            length += c switch
            {
                >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' => 3,
                >= '\uAC00' and <= '\uD7AF' => 2.5,
                >= '\u3040' and <= '\u30FF' => 2,
                _ when char.IsLetterOrDigit(c) => 1,
                _ => 0,
            };
        }
        return length;
    }
}

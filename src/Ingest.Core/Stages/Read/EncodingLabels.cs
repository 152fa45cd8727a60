using System.Collections.Frozen;

namespace Ingest.Core.Stages.Read;

/// <summary>Maps charset labels found in documents to WHATWG encoding names (Encoding Standard §4.2, the labels in use).</summary>
public static class EncodingLabels
{
    private static readonly FrozenDictionary<string, string> Labels = Build();

    /// <summary>The WHATWG name for <paramref name="label"/>, or null when the label is unknown.</summary>
    public static string? Resolve(string label) =>
        Labels.GetValueOrDefault(label.Trim().Trim('"', '\'').ToLowerInvariant());

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, params string[] labels)
        {
            map[name] = name;
            foreach (var label in labels)
            {
                map[label] = name;
            }
        }
        Add("utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8");
        Add("utf-16le", "utf-16", "ucs-2", "unicode", "csunicode", "iso-10646-ucs-2", "unicodefeff");
        Add("utf-16be", "unicodefffe");
        Add("windows-1252", "ascii", "us-ascii", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1", "l1", "cp1252",
            "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1", "ansi_x3.4-1968");
        Add("windows-1250", "cp1250", "x-cp1250");
        Add("windows-1251", "cp1251", "x-cp1251");
        Add("windows-1253", "cp1253", "x-cp1253");
        Add("windows-1254", "cp1254", "x-cp1254", "iso-8859-9", "iso8859-9", "iso_8859-9", "latin5", "l5");
        Add("windows-1255", "cp1255", "x-cp1255");
        Add("windows-1256", "cp1256", "x-cp1256");
        Add("windows-1257", "cp1257", "x-cp1257");
        Add("windows-1258", "cp1258", "x-cp1258");
        Add("iso-8859-2", "iso8859-2", "iso_8859-2", "latin2", "l2", "csisolatin2");
        Add("iso-8859-4", "iso8859-4", "iso_8859-4", "latin4", "l4");
        Add("iso-8859-5", "iso8859-5", "iso_8859-5", "cyrillic", "csisolatincyrillic");
        Add("iso-8859-7", "iso8859-7", "iso_8859-7", "greek", "greek8", "elot_928");
        Add("iso-8859-13", "iso8859-13", "iso_8859-13");
        Add("iso-8859-15", "iso8859-15", "iso_8859-15", "latin9", "l9", "latin-9");
        Add("koi8-r", "koi8r", "koi", "koi8", "cskoi8r");
        Add("koi8-u", "koi8-ru");
        Add("ibm866", "cp866", "866", "csibm866");
        Add("macintosh", "mac", "x-mac-roman", "csmacintosh");
        Add("shift_jis", "shift-jis", "sjis", "ms_kanji", "windows-31j", "x-sjis", "csshiftjis", "ms932", "cp932");
        Add("euc-jp", "x-euc-jp", "cseucpkdfmtjapanese");
        Add("iso-2022-jp", "csiso2022jp");
        // The gbk decoder is the gb18030 decoder (Encoding Standard §11.1), so the labels share it.
        Add("gb18030", "gbk", "gb2312", "gb_2312", "gb_2312-80", "x-gbk", "cp936", "chinese", "csgb2312", "euc-cn");
        Add("big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5");
        Add("euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949", "cp949", "korean", "cseuckr");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

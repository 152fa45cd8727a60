using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ingest.Core.Json;

/// <summary>Writes a <see cref="JsonNode"/> either indented (members in the order given) or as RFC 8785 canonical JSON.</summary>
/// <remarks>
/// Both forms escape strings the same way (RFC 8785 §3.2.2.2: only '"', '\\' and controls) and format numbers as
/// ECMAScript does, so the indented file and its canonical form differ only in white space and member order.
/// </remarks>
public static class JsonTextWriter
{
    /// <summary>RFC 8785 (JCS): no white space, members sorted by UTF-16 code units, UTF-8 without BOM.</summary>
    public static byte[] Canonical(JsonNode? node) => Encoding.UTF8.GetBytes(CanonicalString(node));

    public static string CanonicalString(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node, indent: null, sort: true);
        return builder.ToString();
    }

    /// <summary>Two-space indentation, LF line ends and a final newline.</summary>
    public static byte[] Indented(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node, indent: 0, sort: false);
        builder.Append('\n');
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static void Write(StringBuilder builder, JsonNode? node, int? indent, bool sort)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                WriteObject(builder, obj, indent, sort);
                break;
            case JsonArray array:
                WriteArray(builder, array, indent, sort);
                break;
            case JsonValue value:
                WriteValue(builder, value);
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, JsonObject obj, int? indent, bool sort)
    {
        IEnumerable<KeyValuePair<string, JsonNode?>> members = obj;
        if (sort)
        {
            members = members.OrderBy(m => m.Key, StringComparer.Ordinal); // Ordinal compares UTF-16 code units.
        }
        var list = members.ToList();
        if (list.Count == 0)
        {
            builder.Append("{}");
            return;
        }
        builder.Append('{');
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }
            NewLine(builder, indent + 1);
            WriteString(builder, list[i].Key);
            builder.Append(indent is null ? ":" : ": ");
            Write(builder, list[i].Value, indent + 1, sort);
        }
        NewLine(builder, indent);
        builder.Append('}');
    }

    private static void WriteArray(StringBuilder builder, JsonArray array, int? indent, bool sort)
    {
        if (array.Count == 0)
        {
            builder.Append("[]");
            return;
        }
        builder.Append('[');
        for (var i = 0; i < array.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }
            NewLine(builder, indent + 1);
            Write(builder, array[i], indent + 1, sort);
        }
        NewLine(builder, indent);
        builder.Append(']');
    }

    private static void NewLine(StringBuilder builder, int? indent)
    {
        if (indent is { } depth)
        {
            builder.Append('\n').Append(' ', depth * 2);
        }
    }

    private static void WriteValue(StringBuilder builder, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(builder, value.GetValue<string>());
                break;
            case JsonValueKind.Number:
                var number = double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                builder.Append(EcmaScriptNumber.Format(number));
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append('"');
    }
}

using System.Globalization;

namespace Ingest.Core.Json;

/// <summary>Formats a double as ECMAScript's Number.prototype.toString does (ECMA-262 §7.1.12.1), as RFC 8785 §3.2.2.3 requires.</summary>
public static class EcmaScriptNumber
{
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON has no NaN or Infinity (RFC 8785 §3.2.2.3).");
        }
        if (value == 0)
        {
            return "0"; // Also for -0.
        }
        var (digits, point) = ShortestDigits(Math.Abs(value));
        var sign = value < 0 ? "-" : string.Empty;
        return sign + Layout(digits, point);
    }

    /// <summary>The shortest round-trip digits (no leading or trailing zeros) and n, the position of the decimal point: value = 0.digits × 10^n.</summary>
    private static (string Digits, int Point) ShortestDigits(double value)
    {
        // .NET Core 3.0+ "R" gives the shortest string that round-trips, like ECMAScript's requirement on k.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var dot = text.IndexOf('.');
        var integerDigits = dot >= 0 ? dot : text.Length;
        var all = text.Replace(".", string.Empty, StringComparison.Ordinal);
        var leading = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        return (digits, integerDigits - leading + exponent);
    }

    private static string Layout(string digits, int n)
    {
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }
        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }
        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }
        var exponent = n - 1;
        var exponentText = (exponent >= 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        return k == 1
            ? digits + "e" + exponentText
            : digits[..1] + "." + digits[1..] + "e" + exponentText;
    }
}

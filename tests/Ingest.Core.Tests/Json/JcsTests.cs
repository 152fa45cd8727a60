using System.Text;
using System.Text.Json.Nodes;
using Ingest.Core.Json;

namespace Ingest.Core.Tests.Json;

/// <summary>RFC 8785 (JCS) conformance, with the RFC's own examples.</summary>
public sealed class JcsTests
{
    // RFC 8785 Appendix B: IEEE 754 bit patterns and their ECMAScript serialization.
    private static readonly object[] NumberCases =
    [
        new object[] { 0x0000000000000000UL, "0" },
        new object[] { 0x8000000000000000UL, "0" },
        new object[] { 0x0000000000000001UL, "5e-324" },
        new object[] { 0x8000000000000001UL, "-5e-324" },
        new object[] { 0x7fefffffffffffffUL, "1.7976931348623157e+308" },
        new object[] { 0xffefffffffffffffUL, "-1.7976931348623157e+308" },
        new object[] { 0x4340000000000000UL, "9007199254740992" },
        new object[] { 0xc340000000000000UL, "-9007199254740992" },
        new object[] { 0x4430000000000000UL, "295147905179352830000" },
        new object[] { 0x44b52d02c7e14af5UL, "9.999999999999997e+22" },
        new object[] { 0x44b52d02c7e14af6UL, "1e+23" },
        new object[] { 0x44b52d02c7e14af7UL, "1.0000000000000001e+23" },
        new object[] { 0x444b1ae4d6e2ef4eUL, "999999999999999700000" },
        new object[] { 0x444b1ae4d6e2ef4fUL, "999999999999999900000" },
        new object[] { 0x444b1ae4d6e2ef50UL, "1e+21" },
        new object[] { 0x3eb0c6f7a0b5ed8cUL, "9.999999999999997e-7" },
        new object[] { 0x3eb0c6f7a0b5ed8dUL, "0.000001" },
        new object[] { 0x41b3de4355555553UL, "333333333.3333332" },
        new object[] { 0x41b3de4355555554UL, "333333333.33333325" },
        new object[] { 0x41b3de4355555555UL, "333333333.3333333" },
        new object[] { 0x41b3de4355555556UL, "333333333.3333334" },
        new object[] { 0x41b3de4355555557UL, "333333333.33333343" },
        new object[] { 0xbecbf647612f3696UL, "-0.0000033333333333333333" },
        new object[] { 0x43143ff3c1cb0959UL, "1424953923781206.2" },
    ];

    [TestCaseSource(nameof(NumberCases))]
    public void Format_MatchesRfc8785AppendixB(ulong bits, string expected)
    {
        Assert.That(EcmaScriptNumber.Format(BitConverter.UInt64BitsToDouble(bits)), Is.EqualTo(expected));
    }

    [Test]
    public void Format_Throws_ForNaNAndInfinity()
    {
        Assert.That(() => EcmaScriptNumber.Format(double.NaN), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => EcmaScriptNumber.Format(double.PositiveInfinity), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Canonical_MatchesRfc8785Section324Example()
    {
        // RFC 8785 §3.2.4: the input of §3.2.2 and its canonical form.
        var input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;
        var expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        Assert.That(JsonTextWriter.CanonicalString(JsonNode.Parse(input)), Is.EqualTo(expected));
    }

    [Test]
    public void Canonical_SortsMembersByUtf16CodeUnits_AsRfc8785Section3223()
    {
        // RFC 8785 §3.2.3: the sorting example.
        var input = """
            {
              "\u20ac": "Euro Sign",
              "\r": "Carriage Return",
              "\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\ud83d\ude00": "Emoji: Grinning Face",
              "\u0080": "Control",
              "\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """;
        var keys = ((JsonObject)JsonNode.Parse(JsonTextWriter.CanonicalString(JsonNode.Parse(input)))!).Select(p => p.Key).ToList();
        Assert.That(keys, Is.EqualTo(new[] { "\r", "1", "\u0080", "\u00f6", "\u20ac", "\ud83d\ude00", "\ufb33" }));
    }

    [Test]
    public void Canonical_IsUtf8WithoutBomOrWhitespace()
    {
        var bytes = JsonTextWriter.Canonical(JsonNode.Parse("{ \"b\" : [ 1 , 2 ] , \"a\" : \"ö\" }"));
        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo("{\"a\":\"ö\",\"b\":[1,2]}"));
        Assert.That(bytes[0], Is.EqualTo((byte)'{'));
    }

    [Test]
    public void Indented_KeepsMemberOrder_AndEndsWithNewline()
    {
        var text = Encoding.UTF8.GetString(JsonTextWriter.Indented(JsonNode.Parse("{\"b\":1,\"a\":[true,null],\"c\":{}}")));
        Assert.That(text, Is.EqualTo("{\n  \"b\": 1,\n  \"a\": [\n    true,\n    null\n  ],\n  \"c\": {}\n}\n"));
    }

    [Test]
    public void IndentedAndCanonical_ParseToTheSameValue()
    {
        var node = JsonNode.Parse("{\"z\":\"\\u0001\\t\",\"y\":0.1,\"x\":[1e21,-0.0]}");
        var fromIndented = JsonNode.Parse(JsonTextWriter.Indented(node));
        Assert.That(JsonTextWriter.CanonicalString(fromIndented), Is.EqualTo(JsonTextWriter.CanonicalString(node)));
    }
}

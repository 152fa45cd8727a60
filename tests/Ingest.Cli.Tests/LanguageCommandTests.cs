using System.Text.Json.Nodes;

namespace Ingest.Cli.Tests;

public sealed class LanguageCommandTests
{
    private static (int Code, string Out, string Error) Run(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(["language", .. args], new CliEnvironment(output, error, ".", false, In: new StringReader(input)));
        return (code, output.ToString(), error.ToString());
    }

    private static List<JsonObject> Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject())];

    [Test]
    public void Language_AnswersEachLine_InInputOrder()
    {
        var input = """
            {"id": 1, "text": "Der Ausschuss veröffentlicht seinen Abschlussbericht im nächsten Frühjahr."}
            {"id": "b", "text": "The committee will publish its final report next spring."}
            {"id": [3], "text": "Komisja opublikuje swoje sprawozdanie końcowe następnej wiosny."}
            """;
        var (code, output, error) = Run(input);
        var lines = Lines(output);
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(lines.Select(l => l["language"]!.GetValue<string>()), Is.EqualTo(new[] { "de", "en", "pl" }));
        Assert.That(lines.Select(l => l["id"]!.ToJsonString()), Is.EqualTo(new[] { "1", "\"b\"", "[3]" }));
        Assert.That(lines.All(l => l["confidence"]!.GetValue<double>() is > 0.5 and <= 1), Is.True);
    }

    [Test]
    public void Language_TakesTheLanguageStageOptions_OfTheConfiguration()
    {
        var folder = Directory.CreateTempSubdirectory("ingest-language-");
        try
        {
            var config = Path.Combine(folder.FullName, "pipeline.json");
            File.WriteAllText(config, """{ "stages": [ { "name": "read" }, { "name": "repair" }, { "name": "parse" }, { "name": "language", "options": { "minLetters": 500 } } ] }""");
            const string input = """{"id": 1, "text": "The committee will publish its final report next spring."}""";

            var (code, output, error) = Run(input, "--config", config);

            Assert.That(code, Is.EqualTo(0), error);
            Assert.That(Lines(output)[0]["language"]!.GetValue<string>(), Is.EqualTo("und"), "shorter than minLetters");
            File.WriteAllText(config, """{ "stages": [ { "name": "read" }, { "name": "repair" }, { "name": "parse" }, { "name": "language", "options": { "minLeters": 5 } } ] }""");
            var (badCode, _, badError) = Run(input, "--config", config);
            Assert.That(badCode, Is.EqualTo(2));
            Assert.That(badError, Does.Contain("minLeters"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Language_SaysUnd_ForTextWithoutLetters()
    {
        var (code, output, _) = Run("""{"id": 1, "text": "12 / 17"}""");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(Lines(output)[0]["language"]!.GetValue<string>(), Is.EqualTo("und"));
    }

    [TestCase("not json", "not JSON")]
    [TestCase("[1, 2]", "expected a JSON object")]
    [TestCase("{\"id\": 1}", "\"text\"")]
    [TestCase("{\"id\": 1, \"text\": 5}", "\"text\"")]
    public void Language_ReportsBadLine_AndExitsOne(string bad, string expected)
    {
        var input = bad + "\n" + """{"id": 2, "text": "The committee will publish its final report next spring."}""";
        var (code, output, error) = Run(input);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain("line 1").And.Contain(expected));
        Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(Lines(output).Select(l => l["id"]!.ToJsonString()), Is.EqualTo(new[] { "2" }));
    }

    [Test]
    public void Language_SkipsBlankLines_WithoutComplaint()
    {
        var (code, output, error) = Run("\n\n" + """{"id": 1, "text": "The committee will publish its final report."}""" + "\n\n");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(error, Is.Empty);
        Assert.That(Lines(output), Has.Count.EqualTo(1));
    }

    [Test]
    public void Language_ExitsTwo_ForUnknownOption()
    {
        var (code, _, _) = Run("", "--no-such-option");
        Assert.That(code, Is.EqualTo(2));
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ingest.Core.Json;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Language;

namespace Ingest.Cli.Commands;

/// <summary><c>ingest language</c>: NDJSON <c>{"id", "text"}</c> in on stdin, NDJSON <c>{"id", "language", "confidence"}</c> out, same order.</summary>
/// <remarks>Streams line by line and flushes each answer, so it can serve another program over a pipe.
/// A bad line is reported on stderr with its line number and skipped; the exit code is then 1.</remarks>
internal static class LanguageCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("language",
            "Identify the language of texts: reads JSON lines {\"id\": …, \"text\": …} on stdin, writes {\"id\": …, \"language\": …, \"confidence\": …} lines on stdout in the same order. "
            + "An optional \"hint\" member (e.g. an HTML lang value) is taken as a prior.");
        var config = CommonOptions.Config();
        config.Description = "The pipeline configuration whose language stage options (minLetters, minConfidence, hintWeight, …) apply. "
            + "Default: ./pipeline.json if present, else built-in defaults.";
        command.Options.Add(config);
        command.SetAction(parse =>
        {
            if (PipelineSession.LoadConfig(environment, parse.GetValue(config)) is not { } pipeline)
            {
                return ExitCodes.Usage;
            }
            var identifier = new LanguageIdentifier(LanguageModel.Default, StageCatalog.LanguageOptionsOf(pipeline));
            return Run(environment.In ?? Console.In, parse.InvocationConfiguration.Output, environment.Error, identifier);
        });
        return command;
    }

    internal static int Run(TextReader input, TextWriter output, TextWriter error, LanguageIdentifier? identifier = null)
    {
        identifier ??= LanguageIdentifier.Default;
        var failed = 0;
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            if (!TryRead(line, out var id, out var text, out var hint, out var problem))
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest language: line {number}: {problem}; line skipped."));
                failed++;
                continue;
            }
            var result = identifier.Identify(text, hint);
            var answer = new JsonObject { ["id"] = id, ["language"] = result.Tag, ["confidence"] = result.Confidence };
            output.WriteLine(JsonTextWriter.CanonicalString(answer));
            output.Flush();
        }
        if (failed > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest language: {failed} of {number} lines were not valid input."));
            return ExitCodes.Findings;
        }
        return ExitCodes.Success;
    }

    private static bool TryRead(string line, out JsonNode? id, out string text, out string? hint, out string problem)
    {
        id = null;
        text = string.Empty;
        hint = null;
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException exception)
        {
            problem = $"not JSON ({exception.Message})";
            return false;
        }
        if (node is not JsonObject record)
        {
            problem = "expected a JSON object {\"id\": …, \"text\": …}";
            return false;
        }
        if (!record.TryGetPropertyValue("text", out var value) || value is not JsonValue textValue || !textValue.TryGetValue(out string? found))
        {
            problem = "member \"text\" is missing or not a string";
            return false;
        }
        if (record.TryGetPropertyValue("hint", out var hintNode) && hintNode is JsonValue hintValue)
        {
            hintValue.TryGetValue(out hint);
        }
        id = record.TryGetPropertyValue("id", out var idNode) ? idNode?.DeepClone() : null;
        text = found;
        problem = string.Empty;
        return true;
    }
}

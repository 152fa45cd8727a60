using System.CommandLine;
using System.Globalization;
using Ingest.Cli.Output;
using Ingest.Core.Diagnostics;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Emit;

namespace Ingest.Cli.Commands;

/// <summary><c>ingest validate</c>: the pipeline without writing bundles, reporting every finding in a format CI reads.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = CommonOptions.Paths();
        var config = CommonOptions.Config();
        var pdfPassword = CommonOptions.PdfPassword();
        var jobs = CommonOptions.Jobs();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (for people), json, sarif (SARIF 2.1.0) or junit (JUnit XML).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "junit");
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too, not only on errors." };
        var baseline = new Option<string?>("--baseline") { Description = "Suppress the findings this baseline lists; fail only on new ones.", HelpName = "FILE" };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Write every current finding to FILE as a baseline, and exit 0.", HelpName = "FILE" };
        var listRules = new Option<bool>("--list-rules") { Description = "List every rule (code, default severity, title, help) and exit." };
        var command = new Command("validate", "Run the pipeline without writing bundles and report every problem; exit 1 if an error (or, with --strict, a warning) remains.")
        {
            paths, config, format, strict, baseline, writeBaseline, listRules, jobs, pdfPassword,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(listRules))
            {
                RuleListWriter.Write(output, RuleCatalog.All, parse.GetValue(format) == "json");
                return ExitCodes.Success;
            }
            var known = LoadBaseline(environment, parse.GetValue(baseline));
            if (known is { Failed: true })
            {
                return ExitCodes.Usage;
            }
            var session = PipelineSession.Open(environment, parse.GetValue(config), parse.GetValue(paths) ?? [], parse.GetValue(pdfPassword));
            if (session is null)
            {
                return ExitCodes.Usage;
            }
            var plan = StageCatalog.Build(session.Config, new StageEnvironment(null));
            var corpus = session.Run(plan, parse.GetValue(jobs));
            var findings = FindingBuilder.Build(corpus);
            if (parse.GetValue(writeBaseline) is { } target)
            {
                File.WriteAllBytes(Path.GetFullPath(target, environment.CurrentDirectory), Baseline.Of(findings).ToJson());
                environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest: wrote {findings.Length} findings to {target} as the baseline."));
                return ExitCodes.Success;
            }
            if (known?.Baseline is { } b)
            {
                findings = b.Apply(findings);
            }
            var report = new ValidationReport(corpus.Inputs, findings, RuleCatalog.All, parse.GetValue(strict));
            switch (parse.GetValue(format))
            {
                case "json": JsonReportWriter.Write(output, report); break;
                case "sarif": SarifReportWriter.Write(output, report, known is not null); break;
                case "junit": JUnitReportWriter.Write(output, report); break;
                default: TextReportWriter.Write(output, report, colour: environment.ErrorIsTerminal && output == Console.Out && !Console.IsOutputRedirected); break;
            }
            if (environment.GitHubActions)
            {
                GitHubAnnotations.Write(environment.Error, report);
            }
            return report.Failing.Any() ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private sealed record LoadedBaseline(Baseline? Baseline, bool Failed);

    private static LoadedBaseline? LoadBaseline(CliEnvironment environment, string? path)
    {
        if (path is null)
        {
            return null;
        }
        try
        {
            return new LoadedBaseline(Baseline.Parse(File.ReadAllText(Path.GetFullPath(path, environment.CurrentDirectory))), false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            environment.Error.WriteLine($"ingest: baseline {path}: {e.Message}");
            return new LoadedBaseline(null, true);
        }
    }
}

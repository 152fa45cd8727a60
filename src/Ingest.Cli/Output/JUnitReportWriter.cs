using System.Globalization;
using System.Text;
using System.Xml;
using Ingest.Core.Stages.Emit;

namespace Ingest.Cli.Output;

/// <summary>JUnit XML: one test case per input file; failing findings are its failures, the rest its output.</summary>
internal static class JUnitReportWriter
{
    public static void Write(TextWriter output, ValidationReport report)
    {
        var byPath = report.Active.GroupBy(f => f.Diagnostic.Path).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var cases = report.Inputs.Select(i => i.Path).Concat(byPath.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var failures = cases.Count(c => byPath.GetValueOrDefault(c)?.Any(f => report.IsFailing(f.Diagnostic.Severity)) == true);
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(builder, CultureInfo.InvariantCulture), settings))
        {
            writer.WriteStartElement("testsuites");
            Count(writer, "tests", cases.Count);
            Count(writer, "failures", failures);
            writer.WriteStartElement("testsuite");
            writer.WriteAttributeString("name", "ingest validate");
            Count(writer, "tests", cases.Count);
            Count(writer, "failures", failures);
            Count(writer, "errors", 0);
            Count(writer, "skipped", 0);
            foreach (var path in cases)
            {
                WriteCase(writer, path, byPath.GetValueOrDefault(path) ?? [], report);
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        output.Write(builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal));
        output.Write('\n');
    }

    private static void WriteCase(XmlWriter writer, string path, List<Core.Diagnostics.Finding> findings, ValidationReport report)
    {
        writer.WriteStartElement("testcase");
        writer.WriteAttributeString("classname", "ingest.validate");
        writer.WriteAttributeString("name", path.Length == 0 ? "(run)" : path);
        var failing = findings.Where(f => report.IsFailing(f.Diagnostic.Severity)).ToList();
        if (failing.Count > 0)
        {
            writer.WriteStartElement("failure");
            writer.WriteAttributeString("type", failing[0].Diagnostic.Code);
            writer.WriteAttributeString("message", failing.Count == 1 ? failing[0].Diagnostic.Message : $"{failing.Count} findings fail this file");
            writer.WriteString(string.Join("\n", failing.Select(Line)));
            writer.WriteEndElement();
        }
        var rest = findings.Except(failing).ToList();
        if (rest.Count > 0)
        {
            writer.WriteElementString("system-out", string.Join("\n", rest.Select(Line)));
        }
        writer.WriteEndElement();
    }

    private static string Line(Core.Diagnostics.Finding finding)
    {
        var where = finding.Location is { } l ? string.Create(CultureInfo.InvariantCulture, $"{l.Line}:{l.Column} ") : string.Empty;
        return $"{where}{FormatNames.Of(finding.Diagnostic.Severity)} {finding.Diagnostic.Code} {finding.Diagnostic.Message}";
    }

    private static void Count(XmlWriter writer, string name, int value) =>
        writer.WriteAttributeString(name, value.ToString(CultureInfo.InvariantCulture));
}

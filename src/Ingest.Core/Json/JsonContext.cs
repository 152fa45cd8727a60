using System.Text.Json.Serialization;

namespace Ingest.Core.Json;

/// <summary>The one source-generated serializer context: output documents, options and command-line records.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(Pipeline.InputLimits))]
[JsonSerializable(typeof(Stages.Read.ReadOptions))]
[JsonSerializable(typeof(Stages.Read.Pdf.PdfOptions))]
[JsonSerializable(typeof(Stages.Read.ForcedEncoding))]
[JsonSerializable(typeof(Stages.Repair.RepairOptions))]
[JsonSerializable(typeof(Stages.Parse.ParseOptions))]
[JsonSerializable(typeof(Stages.Language.LanguageOptions))]
[JsonSerializable(typeof(Stages.Sections.SectionsOptions))]
[JsonSerializable(typeof(Stages.Group.GroupOptions))]
[JsonSerializable(typeof(Stages.Group.AnchorWeights))]
[JsonSerializable(typeof(Stages.Align.AlignOptions))]
[JsonSerializable(typeof(Stages.Emit.EmitOptions))]
public sealed partial class JsonContext : JsonSerializerContext;

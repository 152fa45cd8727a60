using System.Text;
using BenchmarkDotNet.Attributes;
using Ingest.Core.Stages.Language;

namespace Ingest.Benchmarks.Language;

/// <summary>Identification speed on section-length text (about 2 KB) and the time to load the model; Croatian also
/// goes through the marker words of Croatian, Bosnian and Serbian.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*LanguageBenchmarks*' --job short</c>.
/// Throughput in MB/s is <see cref="Utf8Bytes"/> divided by the mean time of <see cref="Identify"/>.</remarks>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private static readonly Dictionary<string, string> Paragraphs = new(StringComparer.Ordinal)
    {
        ["en"] = "The committee reviewed every comment received during the consultation and, after talks with the regional water authorities, recommends that monitoring be extended to all rivers and lakes used for drinking water. ",
        ["de"] = "Der Ausschuss hat alle Stellungnahmen aus der Konsultation geprüft und empfiehlt nach Beratung mit den regionalen Wasserbehörden, die Überwachung auf alle Flüsse und Seen auszudehnen, die der Trinkwasserversorgung dienen. ",
        ["ru"] = "Комитет рассмотрел все замечания, полученные в ходе консультаций, и после обсуждения с региональными водными ведомствами рекомендует распространить мониторинг на все реки и озёра, используемые для питьевого водоснабжения. ",
        ["hr"] = "Odbor je razmotrio sve primjedbe zaprimljene tijekom savjetovanja i nakon razgovora s regionalnim vodnim tijelima preporučuje da se praćenje proširi na sve rijeke i jezera koja se koriste za opskrbu pitkom vodom. ",
        ["zh"] = "委员会审议了咨询期间收到的所有意见，并在与地区水务部门协商后，建议将监测范围扩大到所有用于饮用水供应的河流和湖泊。",
    };

    private string _text = string.Empty;
    private readonly LanguageIdentifier _identifier = LanguageIdentifier.Default;
    private byte[] _profile = [];

    [Params("en", "de", "hr", "ru", "zh")]
    public string Language { get; set; } = "en";

    /// <summary>Size of the benchmark text in UTF-8, for MB/s.</summary>
    public int Utf8Bytes => System.Text.Encoding.UTF8.GetByteCount(_text);

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder();
        while (builder.Length < 2000)
        {
            builder.Append(Paragraphs[Language]);
        }
        _text = builder.ToString();
        using var stream = typeof(LanguageModel).Assembly.GetManifestResourceStream("Ingest.Language.profiles.bin")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        _profile = copy.ToArray();
        Console.WriteLine($"// {Language}: {_text.Length} chars, {Utf8Bytes} UTF-8 bytes");
    }

    [Benchmark]
    public string Identify() => _identifier.Identify(_text).Tag;

    /// <summary>Reading all of the text, as the stage does for whole documents (no early stop).</summary>
    [Benchmark]
    public string IdentifyComplete() => _identifier.Identify(_text, complete: true).Tag;

    [Benchmark]
    public int LoadModel() => LanguageModel.Load(new MemoryStream(_profile)).Tags.Length;
}

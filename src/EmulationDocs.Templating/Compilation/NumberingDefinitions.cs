using System.Globalization;
using EmulationDocs.Templating.Packaging;
using static EmulationDocs.Templating.Compilation.WordNames;

namespace EmulationDocs.Templating.Compilation;

/// <summary>The list instances (<c>w:num</c>) of the numbering part: which abstract list each uses.</summary>
internal sealed class NumberingDefinitions
{
    private readonly Dictionary<string, string> _abstractOf;

    private NumberingDefinitions(string? partPath, Dictionary<string, string> abstractOf, int maxNumId)
    {
        PartPath = partPath;
        _abstractOf = abstractOf;
        MaxNumId = maxNumId;
    }

    public string? PartPath { get; }

    public int MaxNumId { get; }

    public static NumberingDefinitions Read(DocxPackage package)
    {
        var path = package.RelatedParts(package.MainDocumentPath, "numbering").FirstOrDefault();
        if (path is null) return new NumberingDefinitions(null, [], 0);
        var xml = DocxPackage.LoadXml(package.Find(path)!, path);
        var map = new Dictionary<string, string>();
        var max = 0;
        foreach (var num in xml.Root!.Elements(W + "num"))
        {
            var id = (string?)num.Attribute(W + "numId");
            var abstractId = (string?)num.Element(W + "abstractNumId")?.Attribute(W + "val");
            if (id is null || abstractId is null) continue;
            map[id] = abstractId;
            if (int.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) max = Math.Max(max, n);
        }
        return new NumberingDefinitions(path, map, max);
    }

    public string? AbstractOf(string numId) => _abstractOf.GetValueOrDefault(numId);
}

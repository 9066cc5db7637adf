using System.Xml.Linq;
using EmulationDocs.Templating.Packaging;

namespace EmulationDocs.Templating.Rendering;

/// <summary>Adds what a render created beyond the parts' own XML: pictures' relationships and content types, restarted lists.</summary>
internal static class RenderAdditions
{
    private const string ImageRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
    private static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>The relationships part of the owner part with its pictures' relationships added.</summary>
    public static byte[] AddRelationships(byte[]? existing, IEnumerable<EmbeddedImage> images)
    {
        var xml = existing is null
            ? new XDocument(new XElement(DocxPackage.RelationshipsNs + "Relationships"))
            : DocxPackage.LoadXml(existing, "rels");
        foreach (var image in images)
        {
            xml.Root!.Add(new XElement(DocxPackage.RelationshipsNs + "Relationship",
                new XAttribute("Id", image.RelationshipId), new XAttribute("Type", ImageRelationshipType), new XAttribute("Target", image.Target)));
        }
        return XmlBytes.Serialize(xml);
    }

    /// <summary>The numbering part with list instances appended, each restarting every level at its start value.</summary>
    public static byte[] AddListInstances(byte[] numbering, IEnumerable<(int NumId, string AbstractNumId)> instances)
    {
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var xml = DocxPackage.LoadXml(numbering, "numbering");
        var lastNum = xml.Root!.Elements(w + "num").LastOrDefault();
        var added = instances.Select(i => new XElement(w + "num", new XAttribute(w + "numId", i.NumId),
            new XElement(w + "abstractNumId", new XAttribute(w + "val", i.AbstractNumId)),
            Enumerable.Range(0, 9).Select(level => new XElement(w + "lvlOverride", new XAttribute(w + "ilvl", level),
                new XElement(w + "startOverride", new XAttribute(w + "val", 1)))))).ToList();
        if (lastNum is not null) lastNum.AddAfterSelf(added);
        else xml.Root.Add(added);
        return XmlBytes.Serialize(xml);
    }

    public static byte[] AddContentTypes(byte[] existing, IEnumerable<string> extensions)
    {
        var xml = DocxPackage.LoadXml(existing, DocxPackage.ContentTypesEntry);
        var known = xml.Root!.Elements(ContentTypesNs + "Default")
            .Select(d => ((string?)d.Attribute("Extension"))?.ToLowerInvariant()).ToHashSet();
        foreach (var extension in extensions.Where(e => !known.Contains(e)))
        {
            xml.Root.AddFirst(new XElement(ContentTypesNs + "Default",
                new XAttribute("Extension", extension), new XAttribute("ContentType", extension == "png" ? "image/png" : "image/jpeg")));
        }
        return XmlBytes.Serialize(xml);
    }
}

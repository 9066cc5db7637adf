using System.Xml.Linq;
using EmulationDocs.Templating.Packaging;

namespace EmulationDocs.Templating.Rendering;

/// <summary>Adds the relationships and content types that pictures added during a render need.</summary>
internal static class MediaRelationships
{
    private const string ImageRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
    private static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>The relationships part of <paramref name="ownerPart"/> with its pictures' relationships added.</summary>
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

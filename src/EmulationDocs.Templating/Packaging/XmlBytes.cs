using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace EmulationDocs.Templating.Packaging;

/// <summary>Serialises XML parts the way Word writes them: UTF-8 without BOM, standalone, no indentation.</summary>
internal static class XmlBytes
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = false,
        NewLineHandling = NewLineHandling.None,
    };

    public static byte[] Serialize(XDocument document)
    {
        var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, Settings))
        {
            document.Save(writer);
        }
        return output.ToArray();
    }

    public static string SerializeToString(XDocument document)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(builder), new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false, NewLineHandling = NewLineHandling.None }))
        {
            document.Save(writer);
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + builder;
    }
}

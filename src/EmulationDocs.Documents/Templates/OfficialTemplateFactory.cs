using System.Text;
using DocumentFormat.OpenXml;
using EmulationDocs.Documents.Contracts;
using EmulationDocs.Templating.Contracts;
using EmulationDocs.Documents.Kinds;
using EmulationDocs.Documents.Packaging;

namespace EmulationDocs.Documents.Templates;

/// <summary>Creates a template with the shared Decree 30 layout for any kind of document.</summary>
public static class OfficialTemplateFactory
{
    /// <exception cref="UnknownDocumentKindException">The kind is not one of Appendix III.</exception>
    /// <exception cref="ArgumentException">A type name is asked for a công văn, or the name is not a plain file name.</exception>
    public static OfficialTemplate Create(TemplateRequest request)
    {
        var kind = DocumentKindCatalog.Get(request.Kind);
        if (request.TypeName is { } typeName)
        {
            if (kind.IsOfficialLetter)
            {
                throw new ArgumentException("A công văn (OfficialLetter) prints no type name; remove TypeName from the request.", nameof(request));
            }

            kind = kind with { TypeName = typeName };
        }

        var addressees = request.Addressees ?? kind.Addressees;
        var name = request.Name ?? KebabCase(kind.EnglishName);
        if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains('/') || name.Contains('\\'))
        {
            throw new ArgumentException($"Template name '{name}' must be a plain file name stem such as 'notice'.", nameof(request));
        }

        return Create(name, kind, addressees);
    }

    /// <summary>
    /// The standard layout of <paramref name="kind"/> and its standard contract, plus the fields and
    /// the pages a template attaches after the closing block.
    /// </summary>
    internal static OfficialTemplate Create(
        string name,
        DocumentKind kind,
        AddresseeUse addressees,
        IEnumerable<ContractField>? attachedFields = null,
        IEnumerable<OpenXmlElement>? attachment = null) => new(
        name,
        kind,
        TemplateDocument.Write(StandardLayout.Compose(kind, addressees, attachment ?? [])),
        new DataContract(name, kind.Code, [.. SharedFields.StandardLayout(kind, addressees), .. attachedFields ?? []]));

    private static string KebabCase(string pascalCase)
    {
        var builder = new StringBuilder();
        foreach (var character in pascalCase)
        {
            if (char.IsUpper(character) && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(character));
        }

        return builder.ToString();
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using EmulationDocs.Documents.Kinds;
using EmulationDocs.Documents.Templates;

namespace EmulationDocs.Documents.Tests;

public sealed class ValidationTests
{
    [Theory]
    [MemberData(nameof(GeneratedTemplates.Names), MemberType = typeof(GeneratedTemplates))]
    public void Official_template_is_schema_valid(string name) =>
        AssertValid(GeneratedTemplates.Named(name).Docx);

    [Fact]
    public void Template_of_every_kind_is_schema_valid()
    {
        foreach (var kind in DocumentKindCatalog.All)
        {
            AssertValid(OfficialTemplateFactory.Create(new TemplateRequest(kind.Code)).Docx);
        }
    }

    private static void AssertValid(byte[] docx)
    {
        using var template = new OpenedTemplate(docx);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(template.Document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}

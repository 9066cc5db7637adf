using EmulationDocs.Templating.Data;
using EmulationDocs.Templating.Rendering;

namespace EmulationDocs.Templating.Tests.Support;

public static class Render
{
    /// <summary>Compiles, renders, checks the output against the Open XML schema and keeps it for the LibreOffice test.</summary>
    public static RenderedDocument Run(byte[] template, string json, bool allowMissing = false, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        var compiled = DocxTemplate.Compile(template);
        var output = compiled.Render(TemplateData.FromJson(json), new RenderOptions { AllowMissingValues = allowMissing });
        var document = new RenderedDocument(output);
        var errors = document.Validate();
        Assert.True(errors.Count == 0, "Schema errors: " + string.Join("; ", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        RenderedCorpus.Keep(name, output);
        return document;
    }
}

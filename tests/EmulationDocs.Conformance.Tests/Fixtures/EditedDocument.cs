using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Conformance.Tests.Fixtures;

internal static class EditedDocument
{
    /// <summary>Checks the conformant document after editing the paragraph that starts with
    /// <paramref name="paragraphStart"/>; also returns that paragraph's number.</summary>
    public static (ConformanceReport Report, int ParagraphNumber) Check(string paragraphStart, Action<Paragraph> edit)
    {
        var number = 0;
        using var docx = ConformantDocument.Create(document =>
        {
            var paragraph = DocumentEdits.Paragraph(document, paragraphStart);
            edit(paragraph);
            number = DocumentEdits.NumberOf(document, paragraph);
        });
        return (Decree30Checker.Check(docx), number);
    }
}

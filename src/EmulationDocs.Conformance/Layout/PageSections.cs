using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Conformance.Layout;

/// <summary>The sections of the document in order; the first one governs page 1.</summary>
internal static class PageSections
{
    /// <summary>Section breaks live in the last paragraph of each section (pPr/sectPr); the last
    /// section's properties are the body's own sectPr.</summary>
    public static IReadOnlyList<SectionProperties> Read(Body body)
    {
        var sections = body.Descendants<ParagraphProperties>()
            .Select(properties => properties.GetFirstChild<SectionProperties>())
            .OfType<SectionProperties>()
            .ToList();
        if (body.GetFirstChild<SectionProperties>() is { } last)
        {
            sections.Add(last);
        }

        return sections;
    }
}

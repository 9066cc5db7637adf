using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Formatting;
using EmulationDocs.Conformance.Layout;

namespace EmulationDocs.Conformance.Rules;

/// <summary>What rules look at: the package, the resolved formatting and the identified layout.</summary>
internal sealed class ConformanceContext
{
    private bool? _spansSeveralPages;

    private ConformanceContext(MainDocumentPart main, FormattingResolver formatting, DocumentLayout layout, IReadOnlyList<SectionProperties> sections)
    {
        Main = main;
        Formatting = formatting;
        Layout = layout;
        Sections = sections;
    }

    public MainDocumentPart Main { get; }

    public FormattingResolver Formatting { get; }

    public DocumentLayout Layout { get; }

    /// <summary>Sections in order; the first governs page 1.</summary>
    public IReadOnlyList<SectionProperties> Sections { get; }

    public static ConformanceContext Create(WordprocessingDocument document)
    {
        // WordDocumentReader has already verified that the main part and its body exist.
        var main = document.MainDocumentPart!;
        var body = main.Document.Body!;
        var formatting = new FormattingResolver(
            new StyleSheet(main.StyleDefinitionsPart?.Styles),
            new ThemeFonts(main.ThemePart?.Theme));
        return new ConformanceContext(main, formatting, DocumentLayout.Analyze(body, formatting), PageSections.Read(body));
    }

    /// <summary>Whether the document runs past page 1, which is when page numbers are required.</summary>
    public bool SpansSeveralPages => _spansSeveralPages ??= PageCountEstimate.SpansSeveralPages(Main.Document.Body!, Layout.Paragraphs);

    public ParagraphFormatting FormattingOf(DocumentParagraph paragraph) => Formatting.Resolve(paragraph);

    public ConformanceIssue Issue(string ruleId, DocumentParagraph paragraph, string message) =>
        new(ruleId, message, Layout.Locate(paragraph), paragraph.Number);

    /// <summary>An issue when <paramref name="paragraph"/> does not look as <paramref name="expected"/> says.</summary>
    public ConformanceIssue? StyleIssue(string ruleId, DocumentParagraph paragraph, string element, TextStyleExpectation expected)
    {
        var deviations = expected.DeviationsOf(paragraph, FormattingOf(paragraph));
        return deviations.Count == 0
            ? null
            : Issue(ruleId, paragraph, $"{element}: {string.Join("; ", deviations)}.");
    }
}

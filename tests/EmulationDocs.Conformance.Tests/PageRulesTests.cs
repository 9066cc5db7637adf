using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Tests.Fixtures;

namespace EmulationDocs.Conformance.Tests;

public sealed class PageRulesTests
{
    [Fact]
    public void Letter_paper_is_reported_as_page_size()
    {
        using var docx = ConformantDocument.Create(document =>
            DocumentEdits.Section(document).GetFirstChild<PageSize>()!.Width = 12240);

        var issue = Assert.Single(ReportAssert.OnlyRule(Decree30Checker.Check(docx), "page.size"));
        Assert.Equal("Trang (khổ giấy)", issue.Location);
        Assert.Null(issue.Paragraph);
    }

    [Fact]
    public void Landscape_first_page_is_reported_as_page_size()
    {
        using var docx = ConformantDocument.Create(document =>
        {
            var size = DocumentEdits.Section(document).GetFirstChild<PageSize>()!;
            (size.Width, size.Height) = (16838, 11906);
            size.Orient = PageOrientationValues.Landscape;
            // The line under the summary is centred by its indents; widen them so that it keeps its length.
            var rule = DocumentEdits.Paragraph(document, ConformantDocument.Summary).NextSibling<Paragraph>()!;
            var side = int.Parse(rule.ParagraphProperties!.Indentation!.Left!, CultureInfo.InvariantCulture) + ((16838 - 11906) / 2);
            rule.ParagraphProperties.Indentation = new Indentation { Left = side.ToString(CultureInfo.InvariantCulture), Right = side.ToString(CultureInfo.InvariantCulture) };
        });

        ReportAssert.OnlyRule(Decree30Checker.Check(docx), "page.size");
    }

    [Fact]
    public void Narrow_left_margin_is_reported_with_its_value()
    {
        using var docx = ConformantDocument.Create(document =>
            DocumentEdits.Section(document).GetFirstChild<PageMargin>()!.Left = 1134);

        var issue = Assert.Single(ReportAssert.OnlyRule(Decree30Checker.Check(docx), "page.margins"));
        Assert.Contains("lề trái 20 mm", issue.Message, StringComparison.Ordinal);
        Assert.Equal("Trang (lề)", issue.Location);
    }

    [Fact]
    public void Missing_different_first_page_is_reported()
    {
        using var docx = ConformantDocument.Create(document =>
            DocumentEdits.Section(document).GetFirstChild<TitlePage>()!.Remove());

        ReportAssert.OnlyRule(Decree30Checker.Check(docx), "page-number.first-page");
    }

    [Fact]
    public void Page_number_not_centred_is_reported()
    {
        using var docx = ConformantDocument.Create(document =>
        {
            var header = document.MainDocumentPart!.HeaderParts.First(part => part.Header.Descendants<SimpleField>().Any());
            header.Header.Descendants<Justification>().Single().Val = JustificationValues.Right;
            header.Header.Save();
        });

        ReportAssert.OnlyRule(Decree30Checker.Check(docx), "page-number.position");
    }

    [Fact]
    public void Missing_page_number_is_reported_for_a_long_document()
    {
        using var docx = ConformantDocument.Create(document =>
        {
            var header = document.MainDocumentPart!.HeaderParts.First(part => part.Header.Descendants<SimpleField>().Any());
            header.Header.Descendants<SimpleField>().Single().Remove();
            header.Header.Save();
        });

        ReportAssert.OnlyRule(Decree30Checker.Check(docx), "page-number.position");
    }

    [Fact]
    public void Arial_in_one_run_is_reported_at_that_paragraph()
    {
        var expectedNumber = 0;
        using var docx = ConformantDocument.Create(document =>
        {
            var paragraph = DocumentEdits.Paragraph(document, "1. Quán triệt");
            paragraph.Elements<Run>().Single().RunProperties = new RunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial" });
            expectedNumber = DocumentEdits.NumberOf(document, paragraph);
        });

        var issue = Assert.Single(ReportAssert.OnlyRule(Decree30Checker.Check(docx), "font.family"));
        Assert.Equal(expectedNumber, issue.Paragraph);
        Assert.Equal($"Đoạn {expectedNumber} (Nội dung)", issue.Location);
        Assert.Contains("Arial", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_deviations_are_all_reported()
    {
        using var docx = ConformantDocument.Create(document =>
        {
            DocumentEdits.Section(document).GetFirstChild<PageMargin>()!.Top = 800;
            DocumentEdits.SetText(DocumentEdits.Paragraph(document, "Số:"), "Số: 5/CT-UBND");
            DocumentEdits.RemoveBold(DocumentEdits.Paragraph(document, ConformantDocument.NationalTitle));
        });

        var rules = Decree30Checker.Check(docx).Issues.Select(issue => issue.RuleId).Distinct().Order();

        Assert.Equal(["header.national-title.format", "header.number.pattern", "page.margins"], rules);
    }
}

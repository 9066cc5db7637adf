using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Tests.Fixtures;
using Vml = DocumentFormat.OpenXml.Vml;

namespace EmulationDocs.Conformance.Tests;

/// <summary>The lines under the motto (as long as the text), the issuing body and the summary
/// (1/3 to 1/2 of the text) are there and about as long as Appendix I says.</summary>
public sealed class LineLengthRulesTests
{
    [Fact]
    public void Motto_line_a_sixth_of_the_motto_is_reported()
    {
        var (report, expected) = EditedDocument.Check(ConformantDocument.Motto, paragraph =>
            Indent(paragraph, (ConformantDocument.RightColumnText - (ConformantDocument.MottoLine / 6)) / 2));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "header.motto.line"));
        Assert.Equal(expected, issue.Paragraph);
        Assert.Equal("Bảng đầu trang, cột phải, đoạn 2 (Tiêu ngữ)", issue.Location);
        Assert.Contains("quá ngắn", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Motto_line_across_the_whole_column_is_reported()
    {
        var (report, _) = EditedDocument.Check(ConformantDocument.Motto, paragraph => paragraph.ParagraphProperties!.Indentation!.Remove());

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "header.motto.line"));
        Assert.Contains("quá dài", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30pt", false)]
    [InlineData("170pt", true)]
    public void Motto_line_drawn_as_a_shape_is_measured(string length, bool conforms)
    {
        var (report, _) = EditedDocument.Check(ConformantDocument.Motto, paragraph =>
        {
            paragraph.ParagraphProperties!.ParagraphBorders!.Remove();
            paragraph.InsertAfterSelf(new Paragraph(new Run(new Picture(new Vml.Line { From = "0,0", To = $"{length},0" }))));
        });

        if (conforms)
        {
            ReportAssert.Conforms(report);
        }
        else
        {
            Assert.Single(ReportAssert.OnlyRule(report, "header.motto.line"));
        }
    }

    [Fact]
    public void Issuing_body_line_a_tenth_of_the_name_is_reported()
    {
        var (report, _) = EditedDocument.Check(ConformantDocument.IssuingBody, paragraph =>
            Indent(paragraph.NextSibling<Paragraph>()!, (ConformantDocument.LeftColumnText - 300) / 2));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "header.issuing-body.line"));
        Assert.Equal("Bảng đầu trang, cột trái, đoạn 2 (Cơ quan ban hành)", issue.Location);
        Assert.Contains("quá ngắn", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_without_line_is_reported()
    {
        var (report, expected) = EditedDocument.Check(ConformantDocument.Summary, paragraph => paragraph.NextSibling<Paragraph>()!.Remove());

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "title.summary.line"));
        Assert.Equal(expected, issue.Paragraph);
        Assert.Equal($"Đoạn {expected} (Trích yếu)", issue.Location);
    }

    [Fact]
    public void Summary_line_across_the_page_is_reported()
    {
        var (report, _) = EditedDocument.Check(ConformantDocument.Summary, paragraph => Indent(paragraph.NextSibling<Paragraph>()!, 0));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "title.summary.line"));
        Assert.Contains("quá dài", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_line_typed_with_underscores_counts()
    {
        var (report, _) = EditedDocument.Check(ConformantDocument.Summary, paragraph =>
            paragraph.NextSibling<Paragraph>()!.InsertBeforeSelf(ConformantDocument.Line("____________", 14)).NextSibling()!.Remove());

        ReportAssert.Conforms(report);
    }

    [Fact]
    public void Raised_typed_line_under_the_issuing_body_counts_at_its_printed_size()
    {
        // As in the government's own samples (Appendix III): "___________" in superscript, 13 pt.
        var (report, _) = EditedDocument.Check(ConformantDocument.IssuingBody, paragraph =>
        {
            var typed = ConformantDocument.Line("___________", 13);
            typed.Elements<Run>().Single().RunProperties!.VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Superscript };
            paragraph.NextSibling<Paragraph>()!.InsertBeforeSelf(typed).NextSibling()!.Remove();
        });

        ReportAssert.Conforms(report);
    }

    private static void Indent(Paragraph paragraph, int side) =>
        DocumentEdits.PropertiesOf(paragraph).Indentation = new Indentation
        {
            Left = side.ToString(CultureInfo.InvariantCulture),
            Right = side.ToString(CultureInfo.InvariantCulture),
        };
}

using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Tests.Fixtures;

namespace EmulationDocs.Conformance.Tests;

public sealed class BodyAndClosingRulesTests
{
    private const string ThirdBodyParagraph = "1. Quán triệt";

    [Fact]
    public void Type_name_in_lower_case_is_reported()
    {
        var (report, expected) = EditedDocument.Check(ConformantDocument.TypeName, paragraph => DocumentEdits.SetText(paragraph, "Chỉ thị"));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "title.format"));
        Assert.Equal(expected, issue.Paragraph);
        Assert.Equal($"Đoạn {expected} (Tên loại văn bản)", issue.Location);
    }

    [Fact]
    public void Summary_not_bold_is_reported()
    {
        var (report, expected) = EditedDocument.Check(ConformantDocument.Summary, DocumentEdits.RemoveBold);

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "title.format"));
        Assert.Equal($"Đoạn {expected} (Trích yếu)", issue.Location);
    }

    [Fact]
    public void Left_aligned_body_paragraph_is_reported()
    {
        var (report, expected) = EditedDocument.Check(ThirdBodyParagraph, paragraph =>
            DocumentEdits.PropertiesOf(paragraph).Justification = new Justification { Val = JustificationValues.Left });

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "body.alignment"));
        Assert.Equal(expected, issue.Paragraph);
        Assert.Equal($"Đoạn {expected} (Nội dung)", issue.Location);
    }

    [Fact]
    public void Body_paragraph_in_12_pt_is_reported()
    {
        var (report, expected) = EditedDocument.Check(ThirdBodyParagraph, paragraph => DocumentEdits.SetSize(paragraph, 12));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "body.font-size"));
        Assert.Equal(expected, issue.Paragraph);
        Assert.Contains("12 pt", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_paragraph_without_first_line_indent_is_reported()
    {
        var (report, expected) = EditedDocument.Check(ThirdBodyParagraph, paragraph =>
            DocumentEdits.PropertiesOf(paragraph).Indentation = new Indentation { FirstLine = "0" });

        Assert.Equal(expected, Assert.Single(ReportAssert.OnlyRule(report, "body.indent")).Paragraph);
    }

    [Fact]
    public void Body_indent_of_one_point_two_seven_cm_conforms()
    {
        var (report, _) = EditedDocument.Check(ThirdBodyParagraph, paragraph =>
            DocumentEdits.PropertiesOf(paragraph).Indentation = new Indentation { FirstLine = "720" });

        ReportAssert.Conforms(report);
    }

    [Fact]
    public void Body_paragraph_without_spacing_is_reported()
    {
        var (report, expected) = EditedDocument.Check(ThirdBodyParagraph, paragraph =>
            DocumentEdits.PropertiesOf(paragraph).SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" });

        Assert.Equal(expected, Assert.Single(ReportAssert.OnlyRule(report, "body.spacing")).Paragraph);
    }

    [Fact]
    public void Double_line_spacing_is_reported()
    {
        var (report, _) = EditedDocument.Check(ThirdBodyParagraph, paragraph =>
            DocumentEdits.PropertiesOf(paragraph).SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "480", LineRule = LineSpacingRuleValues.Auto });

        ReportAssert.OnlyRule(report, "body.line-spacing");
    }

    [Fact]
    public void Recipients_heading_not_bold_italic_is_reported()
    {
        var (report, expected) = EditedDocument.Check(ConformantDocument.RecipientsHeading, paragraph =>
        {
            DocumentEdits.RemoveBold(paragraph);
            DocumentEdits.RemoveItalic(paragraph);
        });

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "recipients.format"));
        Assert.Equal(expected, issue.Paragraph);
        Assert.Equal("Bảng ký, cột trái, đoạn 1 (Nơi nhận)", issue.Location);
    }

    [Fact]
    public void Recipient_line_in_13_pt_is_reported()
    {
        var (report, _) = EditedDocument.Check("- Lưu:", paragraph => DocumentEdits.SetSize(paragraph, 13));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "recipients.format"));
        Assert.Contains("(Danh sách nơi nhận)", issue.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Authority_line_not_bold_is_reported()
    {
        var (report, expected) = EditedDocument.Check(ConformantDocument.AuthorityLine, DocumentEdits.RemoveBold);

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "signature.format"));
        Assert.Equal(expected, issue.Paragraph);
        Assert.Equal("Bảng ký, cột phải, đoạn 1 (Quyền hạn, chức vụ người ký)", issue.Location);
    }

    [Fact]
    public void Signer_name_not_bold_is_reported()
    {
        var (report, _) = EditedDocument.Check(ConformantDocument.SignerName, DocumentEdits.RemoveBold);

        Assert.Contains("(Họ tên người ký)", Assert.Single(ReportAssert.OnlyRule(report, "signature.format")).Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Centred_upper_case_heading_in_the_body_is_not_a_body_paragraph()
    {
        using var docx = ConformantDocument.Create(document =>
            DocumentEdits.Paragraph(document, ThirdBodyParagraph)
                .InsertBeforeSelf(ConformantDocument.Line("I. MỤC ĐÍCH, YÊU CẦU", 14, bold: true)));

        ReportAssert.Conforms(Decree30Checker.Check(docx));
    }
}

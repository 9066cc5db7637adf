using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Tests.Fixtures;

namespace EmulationDocs.Conformance.Tests;

/// <summary>The end mark "./.", the "Lưu:" line, black text, the signer's bare name, and the header
/// of minutes (Mẫu 1.9).</summary>
public sealed class ClosingConventionsTests
{
    private const string LastBodyParagraph = "Ủy ban nhân dân huyện yêu cầu";
    private const string ArchiveLine = "- Lưu: VT, NV.";

    [Fact]
    public void Body_without_end_mark_is_reported()
    {
        var (report, expected) = EditedDocument.Check(LastBodyParagraph, paragraph =>
            DocumentEdits.SetText(paragraph, ConformantDocument.BodyTexts[^1].Replace("./.", ".", StringComparison.Ordinal)));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "body.end-mark"));
        Assert.Equal(expected, issue.Paragraph);
        Assert.Equal($"Đoạn {expected} (Nội dung)", issue.Location);
    }

    [Fact]
    public void Recipients_without_archive_line_are_reported()
    {
        var (report, _) = EditedDocument.Check(ArchiveLine, paragraph => paragraph.Remove());

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "recipients.archive"));
        Assert.Equal("Bảng ký, cột trái, đoạn 3 (Danh sách nơi nhận)", issue.Location);
    }

    [Theory]
    [InlineData("- Lưu ./.")]
    [InlineData("- Lưu VT, NV.")]
    public void Archive_line_without_colon_is_reported(string line)
    {
        var (report, _) = EditedDocument.Check(ArchiveLine, paragraph => DocumentEdits.SetText(paragraph, line));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "recipients.archive"));
        Assert.Contains(line, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_line_before_other_recipients_is_reported()
    {
        var (report, _) = EditedDocument.Check(ArchiveLine, paragraph =>
            paragraph.InsertAfterSelf(ConformantDocument.Line("- Phòng Nội vụ.", 11, justification: JustificationValues.Left)));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "recipients.archive"));
        Assert.Contains("dòng cuối cùng", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recipient_named_luu_is_not_an_archive_line()
    {
        var (report, _) = EditedDocument.Check("- Thường trực Huyện ủy;", paragraph => DocumentEdits.SetText(paragraph, "- Ông Lưu Văn Dương;"));

        ReportAssert.Conforms(report);
    }

    [Fact]
    public void Red_body_text_is_reported()
    {
        var (report, expected) = EditedDocument.Check("1. Quán triệt", paragraph =>
            paragraph.Elements<Run>().First().RunProperties = new RunProperties(new Color { Val = "FF0000" }));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "font.color"));
        Assert.Equal(expected, issue.Paragraph);
        Assert.Contains("#FF0000", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Colour_of_the_body_style_is_reported_on_every_body_paragraph()
    {
        using var docx = ConformantDocument.Create(document =>
        {
            var style = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == ConformantDocument.BodyStyleId);
            style.StyleRunProperties!.Color = new Color { Val = "0070C0" };
        });

        var issues = ReportAssert.OnlyRule(Decree30Checker.Check(docx), "font.color");
        Assert.Equal(ConformantDocument.BodyTexts.Count, issues.Count);
    }

    [Theory]
    [InlineData("000000")]
    [InlineData("auto")]
    public void Black_and_automatic_colour_conform(string color)
    {
        var (report, _) = EditedDocument.Check("1. Quán triệt", paragraph =>
            paragraph.Elements<Run>().First().RunProperties = new RunProperties(new Color { Val = color }));

        ReportAssert.Conforms(report);
    }

    [Theory]
    [InlineData("TS. Nguyễn Văn An", "TS.")]
    [InlineData("PGS.TS. Nguyễn Văn An", "PGS.TS.")]
    [InlineData("ThS Nguyễn Văn An", "ThS")]
    [InlineData("KS. Nguyễn Văn An", "KS.")]
    [InlineData("Tiến sĩ Nguyễn Văn An", "Tiến sĩ")]
    public void Academic_title_before_the_signer_is_reported(string name, string title)
    {
        var (report, expected) = EditedDocument.Check(ConformantDocument.SignerName, paragraph => DocumentEdits.SetText(paragraph, name));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "signature.name.title"));
        Assert.Equal(expected, issue.Paragraph);
        Assert.Equal("Bảng ký, cột phải, đoạn 6 (Họ tên người ký)", issue.Location);
        Assert.Contains($"“{title}”", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lưu Văn Dương")]
    [InlineData("Cù Thị Sương")]
    [InlineData("Tô Sơn")]
    public void Plain_names_conform(string name)
    {
        var (report, _) = EditedDocument.Check(ConformantDocument.SignerName, paragraph => DocumentEdits.SetText(paragraph, name));

        ReportAssert.Conforms(report);
    }

    [Fact]
    public void Minutes_without_place_and_date_conform()
    {
        using var docx = ConformantDocument.Create(document =>
        {
            DocumentEdits.SetText(DocumentEdits.Paragraph(document, ConformantDocument.TypeName), "BIÊN BẢN");
            DocumentEdits.SetText(DocumentEdits.Paragraph(document, ConformantDocument.Number), "Số: 05/BB-UBND");
            DocumentEdits.Paragraph(document, ConformantDocument.PlaceDate).Remove();
        });

        ReportAssert.Conforms(Decree30Checker.Check(docx));
    }

    [Fact]
    public void Directive_without_place_and_date_is_reported()
    {
        var (report, _) = EditedDocument.Check(ConformantDocument.PlaceDate, paragraph => paragraph.Remove());

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "header.place-date.pattern"));
        Assert.Equal("Bảng đầu trang, cột phải", issue.Location);
    }
}

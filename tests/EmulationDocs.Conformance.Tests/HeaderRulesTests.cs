using EmulationDocs.Conformance.Tests.Fixtures;

namespace EmulationDocs.Conformance.Tests;

public sealed class HeaderRulesTests
{
    [Theory]
    [InlineData("Số: 5/CT-UBND")]
    [InlineData("Số: 05/CT - UBND")]
    [InlineData("Số: 05 /CT-UBND")]
    [InlineData("Số 05/CT-UBND")]
    [InlineData("Số: 05-CT-UBND")]
    public void Malformed_number_is_reported(string number)
    {
        var (report, expected) = EditedDocument.Check("Số:", paragraph => DocumentEdits.SetText(paragraph, number));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "header.number.pattern"));
        Assert.Equal(expected, issue.Paragraph);
        Assert.Equal("Bảng đầu trang, cột trái, đoạn 5 (Số, ký hiệu)", issue.Location);
    }

    [Theory]
    [InlineData("Số:      /CT-UBND")]
    [InlineData("Số: 12/UBND-NV")]
    [InlineData("Số: 105/TTr-UBND")]
    [InlineData("Số: 07/KH-HĐTĐKT")]
    public void Well_formed_and_blank_draft_numbers_conform(string number)
    {
        var (report, _) = EditedDocument.Check("Số:", paragraph => DocumentEdits.SetText(paragraph, number));

        ReportAssert.Conforms(report);
    }

    [Theory]
    [InlineData("Trực Ninh, ngày 5 tháng 01 năm 2022")]
    [InlineData("Trực Ninh, ngày 05 tháng 1 năm 2022")]
    [InlineData("Trực Ninh, ngày 29 tháng 06 năm 2019")]
    [InlineData("Trực Ninh ngày 05 tháng 01 năm 2022")]
    [InlineData("trực Ninh, ngày 05 tháng 01 năm 2022")]
    [InlineData("Trực Ninh, ngày 05/01/2022")]
    public void Malformed_place_and_date_is_reported(string placeDate)
    {
        var (report, expected) = EditedDocument.Check("Trực Ninh,", paragraph => DocumentEdits.SetText(paragraph, placeDate));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "header.place-date.pattern"));
        Assert.Equal(expected, issue.Paragraph);
        Assert.Contains("(Địa danh, ngày tháng)", issue.Location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Trực Ninh, ngày 29 tháng 6 năm 2019")]
    [InlineData("Trực Ninh, ngày 10 tháng 12 năm 2021")]
    [InlineData("Trực Ninh, ngày    tháng    năm 2022")]
    public void Correct_and_blank_draft_dates_conform(string placeDate)
    {
        var (report, _) = EditedDocument.Check("Trực Ninh,", paragraph => DocumentEdits.SetText(paragraph, placeDate));

        ReportAssert.Conforms(report);
    }

    [Fact]
    public void Place_and_date_not_italic_is_reported()
    {
        var (report, _) = EditedDocument.Check("Trực Ninh,", DocumentEdits.RemoveItalic);

        ReportAssert.OnlyRule(report, "header.place-date.format");
    }

    [Fact]
    public void Capitalised_motto_words_are_reported()
    {
        var (report, expected) = EditedDocument.Check(ConformantDocument.Motto, paragraph => DocumentEdits.SetText(paragraph, "Độc Lập - Tự Do - Hạnh Phúc"));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "header.motto.text"));
        Assert.Equal(expected, issue.Paragraph);
        Assert.Equal("Bảng đầu trang, cột phải, đoạn 2 (Tiêu ngữ)", issue.Location);
    }

    [Fact]
    public void Motto_without_line_is_reported()
    {
        var (report, _) = EditedDocument.Check(ConformantDocument.Motto, paragraph =>
            DocumentEdits.PropertiesOf(paragraph).ParagraphBorders!.Remove());

        ReportAssert.OnlyRule(report, "header.motto.line");
    }

    [Fact]
    public void Motto_in_12_pt_is_reported()
    {
        var (report, _) = EditedDocument.Check(ConformantDocument.Motto, paragraph => DocumentEdits.SetSize(paragraph, 12));

        ReportAssert.OnlyRule(report, "header.motto.format");
    }

    [Fact]
    public void Abbreviated_national_title_is_reported()
    {
        var (report, _) = EditedDocument.Check(ConformantDocument.NationalTitle, paragraph =>
            DocumentEdits.SetText(paragraph, "CỘNG HÒA XHCN VIỆT NAM"));

        ReportAssert.OnlyRule(report, "header.national-title.text");
    }

    [Fact]
    public void National_title_not_bold_is_reported()
    {
        var (report, expected) = EditedDocument.Check(ConformantDocument.NationalTitle, DocumentEdits.RemoveBold);

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "header.national-title.format"));
        Assert.Equal(expected, issue.Paragraph);
        Assert.Contains("chưa in đậm", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issuing_body_in_14_pt_is_reported()
    {
        var (report, _) = EditedDocument.Check(ConformantDocument.IssuingBody, paragraph => DocumentEdits.SetSize(paragraph, 14));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "header.issuing-body.format"));
        Assert.Equal("Bảng đầu trang, cột trái, đoạn 2 (Cơ quan ban hành)", issue.Location);
    }

    [Fact]
    public void Issuing_body_without_line_is_reported()
    {
        var (report, _) = EditedDocument.Check(ConformantDocument.IssuingBody, paragraph =>
            paragraph.NextSibling<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()!.Remove());

        ReportAssert.OnlyRule(report, "header.issuing-body.line");
    }

    [Fact]
    public void Governing_body_in_14_pt_is_reported()
    {
        var (report, _) = EditedDocument.Check(ConformantDocument.GoverningBody, paragraph => DocumentEdits.SetSize(paragraph, 14));

        var issue = Assert.Single(ReportAssert.OnlyRule(report, "header.governing-body.format"));
        Assert.Contains("(Cơ quan chủ quản)", issue.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Italic_number_is_reported()
    {
        var (report, _) = EditedDocument.Check("Số:", DocumentEdits.SetItalic);

        ReportAssert.OnlyRule(report, "header.number.format");
    }
}

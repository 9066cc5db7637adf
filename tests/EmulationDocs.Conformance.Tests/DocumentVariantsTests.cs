using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Tests.Fixtures;

namespace EmulationDocs.Conformance.Tests;

/// <summary>Layouts that differ from the fixture but still conform, and công văn specifics.</summary>
public sealed class DocumentVariantsTests
{
    [Fact]
    public void Conformant_document_has_no_issues()
    {
        using var docx = ConformantDocument.Create();

        ReportAssert.Conforms(Decree30Checker.Check(docx));
    }

    [Fact]
    public void Closing_block_laid_out_as_paragraphs_without_a_table_conforms()
    {
        using var docx = ConformantDocument.Create(ReplaceClosingTableWithParagraphs);

        ReportAssert.Conforms(Decree30Checker.Check(docx));
    }

    [Fact]
    public void Recipients_heading_outside_a_table_is_located_by_paragraph_number()
    {
        var expected = 0;
        using var docx = ConformantDocument.Create(document =>
        {
            ReplaceClosingTableWithParagraphs(document);
            var heading = DocumentEdits.Paragraph(document, ConformantDocument.RecipientsHeading);
            DocumentEdits.RemoveItalic(heading);
            expected = DocumentEdits.NumberOf(document, heading);
        });

        var issue = Assert.Single(ReportAssert.OnlyRule(Decree30Checker.Check(docx), "recipients.format"));
        Assert.Equal($"Đoạn {expected} (Nơi nhận)", issue.Location);
    }

    [Fact]
    public void Official_letter_with_v_v_summary_and_addressees_conforms()
    {
        using var docx = ConformantDocument.Create(MakeOfficialLetter);

        ReportAssert.Conforms(Decree30Checker.Check(docx));
    }

    [Fact]
    public void Italic_v_v_summary_is_reported()
    {
        using var docx = ConformantDocument.Create(document =>
        {
            MakeOfficialLetter(document);
            DocumentEdits.SetItalic(DocumentEdits.Paragraph(document, "V/v"));
        });

        var issue = Assert.Single(ReportAssert.OnlyRule(Decree30Checker.Check(docx), "title.letter-summary.format"));
        Assert.Equal("Bảng đầu trang, cột trái, đoạn 6 (Trích yếu công văn)", issue.Location);
    }

    [Fact]
    public void Header_laid_out_as_paragraphs_without_a_table_conforms()
    {
        using var docx = ConformantDocument.Create(document =>
        {
            MoveHeaderOutOfTable(document);
        });

        ReportAssert.Conforms(Decree30Checker.Check(docx));
    }

    [Fact]
    public void Header_without_table_reports_at_the_paragraph_number()
    {
        var expected = 0;
        using var docx = ConformantDocument.Create(document =>
        {
            MoveHeaderOutOfTable(document);
            var motto = DocumentEdits.Paragraph(document, ConformantDocument.Motto);
            DocumentEdits.SetText(motto, "Độc lập – Tự do – Hạnh phúc");
            expected = DocumentEdits.NumberOf(document, motto);
        });

        var issue = Assert.Single(ReportAssert.OnlyRule(Decree30Checker.Check(docx), "header.motto.text"));
        Assert.Equal($"Đoạn {expected} (Tiêu ngữ)", issue.Location);
    }

    [Fact]
    public void Text_split_into_many_runs_is_read_as_one_paragraph()
    {
        using var docx = ConformantDocument.Create(document =>
        {
            SplitIntoRuns(DocumentEdits.Paragraph(document, ConformantDocument.Motto), "Độc ", "lập - Tự", " do - Hạnh ", "phúc");
            SplitIntoRuns(DocumentEdits.Paragraph(document, "Số:"), "Số", ": 0", "5/CT", "-UBND");
        });

        ReportAssert.Conforms(Decree30Checker.Check(docx));
    }

    [Fact]
    public void Header_lines_separated_by_manual_line_breaks_conform()
    {
        using var docx = ConformantDocument.Create(JoinHeaderLinesWithBreaks);

        ReportAssert.Conforms(Decree30Checker.Check(docx));
    }

    [Fact]
    public void Issue_on_a_line_after_a_manual_break_names_the_line()
    {
        using var docx = ConformantDocument.Create(document =>
        {
            JoinHeaderLinesWithBreaks(document);
            DocumentEdits.Paragraph(document, ConformantDocument.NationalTitle).Elements<Run>().Last()
                .GetFirstChild<Text>()!.Text = "Độc lập-Tự do-Hạnh phúc";
        });

        var issue = Assert.Single(ReportAssert.OnlyRule(Decree30Checker.Check(docx), "header.motto.text"));
        Assert.Equal("Bảng đầu trang, cột phải, đoạn 1, dòng 2 (Tiêu ngữ)", issue.Location);
    }

    [Fact]
    public void Line_drawn_as_border_of_an_empty_paragraph_below_counts()
    {
        using var docx = ConformantDocument.Create(document =>
        {
            var motto = DocumentEdits.Paragraph(document, ConformantDocument.Motto);
            DocumentEdits.PropertiesOf(motto).ParagraphBorders!.Remove();
            motto.InsertAfterSelf(new Paragraph(new ParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6 }),
                new Indentation { Left = "1191", Right = "1191" })));
        });

        ReportAssert.Conforms(Decree30Checker.Check(docx));
    }

    [Fact]
    public void Old_style_tone_mark_in_national_title_is_accepted()
    {
        var (report, _) = EditedDocument.Check(ConformantDocument.NationalTitle, paragraph =>
            DocumentEdits.SetText(paragraph, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"));

        ReportAssert.Conforms(report);
    }

    [Fact]
    public void Short_document_needs_no_page_number()
    {
        using var docx = ConformantDocument.Create(document =>
        {
            var body = DocumentEdits.Body(document);
            var bodyParagraphs = body.Elements<Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == ConformantDocument.BodyStyleId).ToList();
            // The first two and the last, which ends the text with "./.".
            foreach (var paragraph in bodyParagraphs.Skip(2).SkipLast(1))
            {
                paragraph.Remove();
            }

            DocumentEdits.Section(document).GetFirstChild<TitlePage>()!.Remove();
            foreach (var reference in DocumentEdits.Section(document).Elements<HeaderReference>().ToList())
            {
                reference.Remove();
            }
        });

        ReportAssert.Conforms(Decree30Checker.Check(docx));
    }

    /// <summary>Turns the directive into a công văn: number with the drafting unit, no type name,
    /// "V/v" under the number, and a "Kính gửi:" list before the body.</summary>
    private static void MakeOfficialLetter(WordprocessingDocument document)
    {
        var number = DocumentEdits.Paragraph(document, "Số:");
        DocumentEdits.SetText(number, "Số: 12/UBND-NV");
        number.InsertAfterSelf(ConformantDocument.Line("V/v phát động phong trào thi đua năm 2022", 13));
        DocumentEdits.Paragraph(document, ConformantDocument.TypeName).Remove();
        var summary = DocumentEdits.Paragraph(document, ConformantDocument.Summary);
        // A công văn has no type name, so no line under its summary either.
        summary.NextSibling<Paragraph>()!.Remove();
        summary.InsertAfterSelf(ConformantDocument.Line("- Chủ tịch UBND các xã, thị trấn.", 14, justification: JustificationValues.Left));
        summary.InsertAfterSelf(ConformantDocument.Line("- Thủ trưởng các cơ quan, đơn vị thuộc huyện;", 14, justification: JustificationValues.Left));
        summary.InsertAfterSelf(ConformantDocument.Line("Kính gửi:", 14));
        summary.Remove();
    }

    /// <summary>Governing and issuing body in one paragraph, national title and motto in another,
    /// separated by Shift+Enter as Word users often type them; the lower line keeps its border.</summary>
    private static void JoinHeaderLinesWithBreaks(WordprocessingDocument document)
    {
        JoinWithBreak(DocumentEdits.Paragraph(document, ConformantDocument.GoverningBody), DocumentEdits.Paragraph(document, ConformantDocument.IssuingBody));
        JoinWithBreak(DocumentEdits.Paragraph(document, ConformantDocument.NationalTitle), DocumentEdits.Paragraph(document, ConformantDocument.Motto));
    }

    private static void JoinWithBreak(Paragraph upper, Paragraph lower)
    {
        upper.Elements<Run>().Last().Append(new Break());
        foreach (var run in lower.Elements<Run>().ToList())
        {
            run.Remove();
            upper.Append(run);
        }

        upper.ParagraphProperties!.ParagraphBorders = (ParagraphBorders?)lower.ParagraphProperties?.ParagraphBorders?.CloneNode(deep: true);
        upper.ParagraphProperties.Indentation = (Indentation?)lower.ParagraphProperties?.Indentation?.CloneNode(deep: true);
        lower.Remove();
    }

    /// <summary>The header's lines and rules as paragraphs of the page, each rule keeping its
    /// length now that it spans the page's width instead of its column's.</summary>
    private static void MoveHeaderOutOfTable(WordprocessingDocument document)
    {
        var table = DocumentEdits.Body(document).Elements<Table>().First();
        var lines = table.Descendants<Paragraph>()
            .Where(p => DocumentEdits.TextOf(p).Length > 0 || p.ParagraphProperties?.ParagraphBorders is not null)
            .ToList();
        foreach (var paragraph in lines)
        {
            if (paragraph.ParagraphProperties?.Indentation is { } indentation)
            {
                var column = paragraph.Ancestors<TableCell>().First();
                var columnText = column.PreviousSibling<TableCell>() is null ? ConformantDocument.LeftColumnText : ConformantDocument.RightColumnText;
                var length = columnText - int.Parse(indentation.Left!, CultureInfo.InvariantCulture) - int.Parse(indentation.Right!, CultureInfo.InvariantCulture);
                indentation.Left = indentation.Right = ((ConformantDocument.PageText - length) / 2).ToString(CultureInfo.InvariantCulture);
            }

            paragraph.Remove();
            table.InsertBeforeSelf(paragraph);
        }

        table.Remove();
    }

    private static void ReplaceClosingTableWithParagraphs(WordprocessingDocument document)
    {
        var table = DocumentEdits.Body(document).Elements<Table>().Last();
        table.InsertBeforeSelf(ConformantDocument.Line(ConformantDocument.AuthorityLine, 14, bold: true, justification: JustificationValues.Right));
        table.InsertBeforeSelf(ConformantDocument.Line(ConformantDocument.SignerTitle, 14, bold: true, justification: JustificationValues.Right));
        table.InsertBeforeSelf(new Paragraph());
        table.InsertBeforeSelf(ConformantDocument.Line(ConformantDocument.SignerName, 14, bold: true, justification: JustificationValues.Right));
        table.InsertBeforeSelf(ConformantDocument.Line(ConformantDocument.RecipientsHeading, 12, bold: true, italic: true, justification: JustificationValues.Left));
        table.InsertBeforeSelf(ConformantDocument.Line("- Như trên;", 11, justification: JustificationValues.Left));
        table.InsertBeforeSelf(ConformantDocument.Line("- Lưu: VT, NV.", 11, justification: JustificationValues.Left));
        table.Remove();
    }

    private static void SplitIntoRuns(Paragraph paragraph, params string[] parts)
    {
        var template = paragraph.Elements<Run>().First();
        foreach (var part in parts)
        {
            var run = (Run)template.CloneNode(deep: true);
            run.GetFirstChild<Text>()!.Text = part;
            run.GetFirstChild<Text>()!.Space = SpaceProcessingModeValues.Preserve;
            paragraph.Append(run);
        }

        template.Remove();
    }
}

using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Conformance.Tests.Fixtures;

/// <summary>Builds a Directive (Chỉ thị) that follows Appendix I in every respect, optionally broken
/// in one way by the caller before it is saved. Header, title and closing lines carry direct run
/// formatting; body paragraphs inherit everything from the "BodyText" style, and the font comes
/// from docDefaults only, so the effective-formatting chain is exercised too.</summary>
internal static class ConformantDocument
{
    public const string GoverningBody = "UBND TỈNH NAM ĐỊNH";
    public const string IssuingBody = "ỦY BAN NHÂN DÂN HUYỆN TRỰC NINH";
    public const string Number = "Số: 05/CT-UBND";
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string PlaceDate = "Trực Ninh, ngày 05 tháng 01 năm 2022";
    public const string TypeName = "CHỈ THỊ";
    public const string Summary = "Về việc phát động phong trào thi đua năm 2022";
    public const string RecipientsHeading = "Nơi nhận:";
    public const string AuthorityLine = "TM. ỦY BAN NHÂN DÂN";
    public const string SignerTitle = "CHỦ TỊCH";
    public const string SignerName = "Nguyễn Văn An";
    public const string BodyStyleId = "BodyText";

    /// <summary>Text widths in twips of the header columns (cell width less Word's default cell
    /// margins of 108 twips each side) and of the page, against which the lines are centred.</summary>
    public const int LeftColumnText = 3600 - 216;
    public const int RightColumnText = 5500 - 216;
    public const int PageText = 11906 - 1701 - 1134;

    /// <summary>The printed length of the motto at 14 pt bold (60 mm).</summary>
    public const int MottoLine = 3402;

    /// <summary>A third of the issuing body's printed line and of the summary's.</summary>
    public const int IssuingBodyLine = 1134;
    public const int SummaryLine = 1890;

    public static readonly IReadOnlyList<string> BodyTexts =
    [
        "Năm 2022, năm thứ hai thực hiện Nghị quyết Đại hội Đảng các cấp và Kế hoạch phát triển kinh tế - xã hội 5 năm (2021 - 2025); là năm có ý nghĩa quan trọng đánh dấu chặng đường 25 năm tái lập huyện Trực Ninh.",
        "Để phong trào thi đua lan tỏa sâu rộng trong các tầng lớp nhân dân, mang lại hiệu quả thiết thực, Ủy ban nhân dân huyện yêu cầu thủ trưởng các cơ quan, đơn vị tập trung thực hiện các nhiệm vụ chủ yếu sau:",
        "1. Quán triệt tư tưởng thi đua yêu nước của Chủ tịch Hồ Chí Minh, chủ trương, chính sách của Đảng, pháp luật của Nhà nước về thi đua, khen thưởng; gắn việc thực hiện nhiệm vụ chính trị với phong trào thi đua.",
        "2. Tổ chức phát động phong trào thi đua với nội dung thiết thực, hình thức phong phú, phù hợp với đặc điểm, tình hình của từng cơ quan, đơn vị, địa phương; gắn với các ngày lễ lớn của đất nước và của huyện.",
        "a) Các cơ quan, đơn vị xây dựng kế hoạch cụ thể, đăng ký thi đua với Ủy ban nhân dân huyện trước ngày 15 tháng 3 năm 2022 và tổ chức thực hiện nghiêm túc, hiệu quả các chỉ tiêu đã đăng ký.",
        "b) Ủy ban nhân dân các xã, thị trấn chỉ đạo các thôn, tổ dân phố tổ chức phát động thi đua trong nhân dân, gắn với cuộc vận động toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh.",
        "- Phòng Nội vụ là cơ quan thường trực Hội đồng Thi đua - Khen thưởng huyện, có trách nhiệm hướng dẫn, theo dõi, đôn đốc, kiểm tra việc thực hiện Chỉ thị này và tổng hợp báo cáo kết quả.",
        "3. Làm tốt công tác phát hiện, bồi dưỡng, tổng kết và nhân rộng các điển hình tiên tiến; chú trọng khen thưởng tập thể nhỏ, cá nhân là người lao động trực tiếp, công nhân, nông dân và chiến sĩ.",
        "4. Nâng cao chất lượng công tác khen thưởng, bảo đảm chính xác, công khai, minh bạch, công bằng, kịp thời; khen thưởng phải đúng người, đúng việc, có tác dụng giáo dục, nêu gương trong cộng đồng.",
        "5. Các cơ quan thông tin, truyền thông của huyện mở chuyên trang, chuyên mục tuyên truyền về phong trào thi đua, biểu dương các tập thể, cá nhân điển hình tiên tiến trên các lĩnh vực của đời sống.",
        "6. Thủ trưởng các cơ quan, ban, ngành, đoàn thể huyện, Chủ tịch Ủy ban nhân dân các xã, thị trấn có trách nhiệm triển khai thực hiện Chỉ thị này, định kỳ báo cáo kết quả về Ủy ban nhân dân huyện.",
        "Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện Chỉ thị này; trong quá trình thực hiện nếu có khó khăn, vướng mắc, báo cáo về Phòng Nội vụ để tổng hợp./.",
    ];

    /// <summary>The document as a .docx stream, after <paramref name="breakIt"/> has changed it.</summary>
    public static MemoryStream Create(Action<WordprocessingDocument>? breakIt = null)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = StyleSheet();
            var defaultHeader = main.AddNewPart<HeaderPart>();
            defaultHeader.Header = new Header(PageNumberParagraph());
            var firstHeader = main.AddNewPart<HeaderPart>();
            firstHeader.Header = new Header(new Paragraph());

            var body = new Body(HeaderTable(), Line(TypeName, 14, bold: true), Line(Summary, 14, bold: true), Rule(SummaryLine, PageText));
            body.Append(BodyTexts.Select(text => new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = BodyStyleId }),
                new Run(new Text(text)))));
            body.Append(ClosingTable());
            body.Append(Section(main.GetIdOfPart(defaultHeader), main.GetIdOfPart(firstHeader)));
            main.Document = new Document(body);

            breakIt?.Invoke(document);
            main.Document.Save();
        }

        stream.Position = 0;
        return stream;
    }

    private static Styles StyleSheet() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
                new FontSize { Val = "26" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(
            new StyleName { Val = "Body Text Decree 30" },
            new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "567" },
                new Justification { Val = JustificationValues.Both }),
            new StyleRunProperties(new FontSize { Val = "28" }))
        { Type = StyleValues.Paragraph, StyleId = BodyStyleId });

    private static Table HeaderTable() => TwoColumnTable(
        [
            Line(GoverningBody, 13),
            Line(IssuingBody, 13, bold: true),
            Rule(IssuingBodyLine, LeftColumnText),
            new Paragraph(),
            Line(Number, 13),
        ],
        [
            Line(NationalTitle, 13, bold: true),
            Line(Motto, 14, bold: true, bottomBorder: true, indent: (RightColumnText - MottoLine) / 2),
            new Paragraph(),
            Line(PlaceDate, 14, italic: true),
        ]);

    private static Table ClosingTable() => TwoColumnTable(
        [
            Line(RecipientsHeading, 12, bold: true, italic: true, justification: JustificationValues.Left),
            Line("- Như trên;", 11, justification: JustificationValues.Left),
            Line("- Thường trực Huyện ủy;", 11, justification: JustificationValues.Left),
            Line("- Lưu: VT, NV.", 11, justification: JustificationValues.Left),
        ],
        [
            Line(AuthorityLine, 14, bold: true),
            Line(SignerTitle, 14, bold: true),
            new Paragraph(),
            new Paragraph(),
            new Paragraph(),
            Line(SignerName, 14, bold: true),
        ]);

    private static Table TwoColumnTable(Paragraph[] left, Paragraph[] right)
    {
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.None },
            new LeftBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None },
            new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None },
            new InsideVerticalBorder { Val = BorderValues.None });
        return new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, none),
            new TableGrid(new GridColumn { Width = "3600" }, new GridColumn { Width = "5500" }),
            new TableRow(
                new TableCell(new TableCellProperties(new TableCellWidth { Width = "3600", Type = TableWidthUnitValues.Dxa })).AppendAll(left),
                new TableCell(new TableCellProperties(new TableCellWidth { Width = "5500", Type = TableWidthUnitValues.Dxa })).AppendAll(right)));
    }

    /// <summary>A single-run line with direct formatting, centred unless told otherwise.</summary>
    public static Paragraph Line(
        string text,
        int points,
        bool bold = false,
        bool italic = false,
        JustificationValues? justification = null,
        bool bottomBorder = false,
        int indent = 0)
    {
        var properties = new ParagraphProperties();
        if (bottomBorder)
        {
            properties.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1 }));
        }

        if (indent != 0)
        {
            properties.Append(new Indentation { Left = indent.ToString(CultureInfo.InvariantCulture), Right = indent.ToString(CultureInfo.InvariantCulture) });
        }

        properties.Append(new Justification { Val = justification ?? JustificationValues.Center });
        var runProperties = new RunProperties();
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        if (italic)
        {
            runProperties.Append(new Italic());
        }

        runProperties.Append(new FontSize { Val = (points * 2).ToString(CultureInfo.InvariantCulture) });
        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>A solid line as our templates draw it: the bottom border of an empty paragraph,
    /// <paramref name="length"/> twips long, centred in <paramref name="available"/> twips.</summary>
    public static Paragraph Rule(int length, int available)
    {
        var side = ((available - length) / 2).ToString(CultureInfo.InvariantCulture);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1 }),
            new Indentation { Left = side, Right = side }));
    }

    private static Paragraph PageNumberParagraph() => new(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new SimpleField(new Run(new RunProperties(new FontSize { Val = "28" }), new Text("2"))) { Instruction = " PAGE " });

    private static SectionProperties Section(string defaultHeaderId, string firstHeaderId) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = defaultHeaderId },
        new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeaderId },
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134, Header = 720, Footer = 720, Gutter = 0 },
        new TitlePage());
}

/// <summary>Lets a cell be built from an array of paragraphs inside an expression.</summary>
internal static class TableCellBuilding
{
    public static TableCell AppendAll(this TableCell cell, IEnumerable<OpenXmlElement> children)
    {
        cell.Append(children);
        return cell;
    }
}

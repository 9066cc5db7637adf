using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Documents.Layout;

/// <summary>
/// The styles part shared by every template. Formatting lives in named styles rather than on runs
/// so that a clerk who edits a template in Word or LibreOffice finds "Nội dung văn bản",
/// "Tên loại văn bản" … in the style list, and so that text the engine inserts into a tag's run
/// inherits the right look.
/// </summary>
internal static class Decree30Styles
{
    private const double BodySize = 14;
    private const double HeaderSize = 13;

    /// <summary>Body line spacing 1.15 lines: within "single to 1.5 lines" of Appendix I, II.6.e.</summary>
    private const int BodyLineSpacing = 276;

    /// <summary>Appendix I, II.6.e: first-line indent 1 cm or 1.27 cm.</summary>
    private static readonly int FirstLineIndent = Twips.FromMillimetres(12.7);

    public static Styles Create() => new(
        DocumentDefaults(),
        ParagraphStyle(StyleIds.Normal, "Normal", basedOn: null, isDefault: true),
        ParagraphStyle(StyleIds.Body, "Nội dung văn bản", paragraph: p =>
        {
            p.Justification = new Justification { Val = JustificationValues.Both };
            p.Indentation = new Indentation { FirstLine = FirstLineIndent.ToString() };
            p.SpacingBetweenLines = Spacing(after: 6, line: BodyLineSpacing);
        }),
        ParagraphStyle(StyleIds.GoverningBody, "Cơ quan chủ quản", size: HeaderSize, paragraph: Centered),
        ParagraphStyle(StyleIds.IssuingBody, "Cơ quan ban hành", size: HeaderSize, bold: true, paragraph: Centered),
        ParagraphStyle(StyleIds.DocumentNumber, "Số và ký hiệu", size: HeaderSize, paragraph: p =>
        {
            Centered(p);
            p.SpacingBetweenLines = Spacing(before: 6);
        }),
        ParagraphStyle(StyleIds.LetterSummary, "Trích yếu công văn", size: 12, paragraph: p =>
        {
            Centered(p);
            p.SpacingBetweenLines = Spacing(before: 6);
        }),
        ParagraphStyle(StyleIds.NationalTitle, "Quốc hiệu", size: HeaderSize, bold: true, paragraph: Centered),
        ParagraphStyle(StyleIds.Motto, "Tiêu ngữ", size: BodySize, bold: true, paragraph: Centered),
        ParagraphStyle(StyleIds.PlaceDate, "Địa danh và thời gian ban hành", size: BodySize, italic: true, paragraph: p =>
        {
            Centered(p);
            p.SpacingBetweenLines = Spacing(before: 6);
        }),
        ParagraphStyle(StyleIds.TypeName, "Tên loại văn bản", size: BodySize, bold: true, paragraph: p =>
        {
            Centered(p);
            p.KeepNext = new KeepNext();
            p.SpacingBetweenLines = Spacing(before: 18);
        }),
        ParagraphStyle(StyleIds.Summary, "Trích yếu", size: BodySize, bold: true, paragraph: p =>
        {
            Centered(p);
            p.KeepNext = new KeepNext();
        }),
        RuleStyle(),
        ParagraphStyle(StyleIds.DecisionAuthority, "Thẩm quyền ban hành", size: BodySize, bold: true, paragraph: p =>
        {
            Centered(p);
            p.KeepNext = new KeepNext();
            p.SpacingBetweenLines = Spacing(before: 12, after: 12);
        }),
        ParagraphStyle(StyleIds.LegalBasis, "Căn cứ ban hành", basedOn: StyleIds.Body, italic: true),
        ParagraphStyle(StyleIds.OperativeWord, "Quyết định - quyết nghị", size: BodySize, bold: true, paragraph: p =>
        {
            Centered(p);
            p.KeepNext = new KeepNext();
            p.SpacingBetweenLines = Spacing(before: 6, after: 12);
        }),
        ParagraphStyle(StyleIds.AddresseeHeading, "Kính gửi", size: BodySize, paragraph: p =>
        {
            p.KeepNext = new KeepNext();
            p.Indentation = new Indentation { Left = Twips.FromMillimetres(20).ToString() };
            p.SpacingBetweenLines = Spacing(before: 12);
        }),
        ParagraphStyle(StyleIds.Addressee, "Nơi được kính gửi", size: BodySize, paragraph: p =>
        {
            p.Indentation = new Indentation { Left = Twips.FromMillimetres(45).ToString() };
            p.SpacingBetweenLines = Spacing(after: 6);
        }),
        ParagraphStyle(StyleIds.RecipientsHeading, "Nơi nhận", size: 12, bold: true, italic: true, paragraph: p => p.KeepNext = new KeepNext()),
        ParagraphStyle(StyleIds.Recipient, "Nơi nhận (dòng)", size: 11),
        ParagraphStyle(StyleIds.SignatureTitle, "Quyền hạn và chức vụ người ký", size: BodySize, bold: true, paragraph: p =>
        {
            Centered(p);
            p.KeepNext = new KeepNext();
        }),
        ParagraphStyle(StyleIds.SignatureSpace, "Chỗ ký và đóng dấu", size: BodySize, paragraph: p =>
        {
            Centered(p);
            p.KeepNext = new KeepNext();
        }),
        ParagraphStyle(StyleIds.SignerName, "Họ tên người ký", size: BodySize, bold: true, paragraph: Centered),
        ParagraphStyle(StyleIds.AttachmentTitle, "Tiêu đề danh sách kèm theo", size: BodySize, bold: true, paragraph: p =>
        {
            Centered(p);
            p.KeepNext = new KeepNext();
        }),
        ParagraphStyle(StyleIds.AttachmentNote, "Ghi chú kèm theo", size: BodySize, italic: true, paragraph: p =>
        {
            Centered(p);
            p.KeepNext = new KeepNext();
        }),
        ParagraphStyle(StyleIds.GroupHeading, "Tiêu đề nhóm", size: BodySize, bold: true, paragraph: p =>
        {
            p.KeepNext = new KeepNext();
            p.SpacingBetweenLines = Spacing(before: 12, after: 6);
        }),
        ParagraphStyle(StyleIds.TableText, "Chữ trong bảng", size: HeaderSize, paragraph: p => p.SpacingBetweenLines = Spacing(before: 2, after: 2)),
        ParagraphStyle(StyleIds.TableHeading, "Tiêu đề cột", basedOn: StyleIds.TableText, bold: true, paragraph: Centered),
        ParagraphStyle(StyleIds.TableNumber, "Số trong bảng", basedOn: StyleIds.TableText, paragraph: Centered),
        ParagraphStyle(StyleIds.PageHeader, "header", size: BodySize, paragraph: Centered),
        TableStyle(StyleIds.LayoutTable, "Bảng bố cục (không kẻ)", BorderValues.None),
        TableStyle(StyleIds.GridTable, "Bảng kẻ ô", BorderValues.Single));

    private static DocDefaults DocumentDefaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts
            {
                Ascii = FontNames.TimesNewRoman,
                HighAnsi = FontNames.TimesNewRoman,
                ComplexScript = FontNames.TimesNewRoman,
                EastAsia = FontNames.TimesNewRoman,
            },
            new Color { Val = "000000" },
            new FontSize { Val = Twips.HalfPoints(BodySize) },
            new FontSizeComplexScript { Val = Twips.HalfPoints(BodySize) },
            new Languages { Val = "vi-VN", EastAsia = "vi-VN" })),
        // Widow and orphan control: a paragraph never leaves a single line at a page foot or head.
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new WidowControl(), Spacing(line: 240))));

    /// <summary>
    /// The short and full solid lines of boxes 1, 2 and 5a are bottom borders of an empty, very low
    /// paragraph, so they survive editing in Word and LibreOffice without drawing objects.
    /// </summary>
    private static Style RuleStyle() => ParagraphStyle(StyleIds.HorizontalRule, "Đường kẻ ngang", size: 2, paragraph: p =>
    {
        p.KeepNext = new KeepNext();
        p.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = Twips.FromPoints(3).ToString(), LineRule = LineSpacingRuleValues.Exact };
        p.ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" });
    });

    private static void Centered(StyleParagraphProperties properties) =>
        properties.Justification = new Justification { Val = JustificationValues.Center };

    private static SpacingBetweenLines Spacing(double before = 0, double after = 0, int line = 240) => new()
    {
        Before = Twips.FromPoints(before).ToString(),
        After = Twips.FromPoints(after).ToString(),
        Line = line.ToString(),
        LineRule = LineSpacingRuleValues.Auto,
    };

    private static Style ParagraphStyle(
        string id,
        string name,
        string? basedOn = StyleIds.Normal,
        bool isDefault = false,
        double? size = null,
        bool bold = false,
        bool italic = false,
        Action<StyleParagraphProperties>? paragraph = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = !isDefault && id != StyleIds.PageHeader };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            var properties = new StyleParagraphProperties();
            paragraph(properties);
            style.Append(properties);
        }

        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold(), new BoldComplexScript());
        }

        if (italic)
        {
            run.Append(new Italic(), new ItalicComplexScript());
        }

        if (size is { } points)
        {
            run.Append(new FontSize { Val = Twips.HalfPoints(points) }, new FontSizeComplexScript { Val = Twips.HalfPoints(points) });
        }

        if (run.HasChildren)
        {
            style.Append(run);
        }

        return style;
    }

    private static Style TableStyle(string id, string name, BorderValues border)
    {
        var borders = new TableBorders(
            new TopBorder { Val = border, Size = 4, Space = 0, Color = "000000" },
            new LeftBorder { Val = border, Size = 4, Space = 0, Color = "000000" },
            new BottomBorder { Val = border, Size = 4, Space = 0, Color = "000000" },
            new RightBorder { Val = border, Size = 4, Space = 0, Color = "000000" },
            new InsideHorizontalBorder { Val = border, Size = 4, Space = 0, Color = "000000" },
            new InsideVerticalBorder { Val = border, Size = 4, Space = 0, Color = "000000" });
        return new Style(
            new StyleName { Val = name },
            new PrimaryStyle(),
            new StyleTableProperties(
                borders,
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table,
            StyleId = id,
            CustomStyle = true,
        };
    }
}

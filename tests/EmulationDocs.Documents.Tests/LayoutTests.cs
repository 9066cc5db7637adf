using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Documents.Layout;

namespace EmulationDocs.Documents.Tests;

public sealed class LayoutTests
{
    [Theory]
    [MemberData(nameof(GeneratedTemplates.Names), MemberType = typeof(GeneratedTemplates))]
    public void Page_is_A4_portrait_with_decree_margins(string name)
    {
        using var template = new OpenedTemplate(GeneratedTemplates.Named(name).Docx);
        var size = template.Section.GetFirstChild<PageSize>()!;
        var margin = template.Section.GetFirstChild<PageMargin>()!;

        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        Assert.Equal(PageOrientationValues.Portrait, size.Orient!.Value);
        Assert.Equal(1134, margin.Top!.Value);
        Assert.Equal(1134, margin.Bottom!.Value);
        Assert.Equal(1701u, margin.Left!.Value);
        Assert.Equal(850u, margin.Right!.Value);
    }

    [Theory]
    [MemberData(nameof(GeneratedTemplates.Names), MemberType = typeof(GeneratedTemplates))]
    public void Times_New_Roman_is_the_only_font(string name)
    {
        using var template = new OpenedTemplate(GeneratedTemplates.Named(name).Docx);
        var defaults = template.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;

        Assert.Equal(FontNames.TimesNewRoman, defaults.Ascii!.Value);
        Assert.Equal(FontNames.TimesNewRoman, defaults.HighAnsi!.Value);
        Assert.Equal(FontNames.TimesNewRoman, defaults.ComplexScript!.Value);
        Assert.Equal(FontNames.TimesNewRoman, defaults.EastAsia!.Value);
        var otherFonts = template.Document.MainDocumentPart!.Parts
            .Select(part => part.OpenXmlPart.RootElement)
            .Append(template.Document.MainDocumentPart.Document)
            .SelectMany(root => root?.Descendants<RunFonts>() ?? [])
            .SelectMany(fonts => new[] { fonts.Ascii?.Value, fonts.HighAnsi?.Value, fonts.ComplexScript?.Value, fonts.EastAsia?.Value })
            .Where(font => font is not null && font != FontNames.TimesNewRoman);
        Assert.Empty(otherFonts);
    }

    [Theory]
    [MemberData(nameof(GeneratedTemplates.Names), MemberType = typeof(GeneratedTemplates))]
    public void Header_is_a_borderless_two_column_table_with_the_national_title(string name)
    {
        using var template = new OpenedTemplate(GeneratedTemplates.Named(name).Docx);
        var header = template.Body.Elements<Table>().First();
        var borders = header.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>()!;
        var columns = header.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(column => int.Parse(column.Width!.Value!)).ToList();
        var text = string.Concat(header.Descendants<Text>().Select(t => t.Text));

        Assert.Equal(2, columns.Count);
        Assert.InRange(columns[0] * 100 / columns.Sum(), 35, 45);
        Assert.All(borders.ChildElements, border => Assert.Equal(BorderValues.None, ((BorderType)border).Val!.Value));
        Assert.All(header.Elements<TableRow>(), row => Assert.Equal(2, row.Elements<TableCell>().Count()));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains("Số: ", text);
    }

    [Theory]
    [MemberData(nameof(GeneratedTemplates.Names), MemberType = typeof(GeneratedTemplates))]
    public void Page_numbers_start_on_page_two(string name)
    {
        using var template = new OpenedTemplate(GeneratedTemplates.Named(name).Docx);
        var main = template.Document.MainDocumentPart!;
        var references = template.Section.Elements<HeaderReference>().ToDictionary(reference => reference.Type!.Value, reference => reference.Id!.Value!);
        var numbered = (DocumentFormat.OpenXml.Packaging.HeaderPart)main.GetPartById(references[HeaderFooterValues.Default]);
        var first = (DocumentFormat.OpenXml.Packaging.HeaderPart)main.GetPartById(references[HeaderFooterValues.First]);

        Assert.NotNull(template.Section.GetFirstChild<TitlePage>());
        Assert.Contains(numbered.Header!.Descendants<FieldCode>(), code => code.Text.Trim() == "PAGE");
        Assert.Empty(first.Header!.Descendants<FieldCode>());
    }

    [Fact]
    public void Body_style_follows_appendix_I()
    {
        using var template = new OpenedTemplate(GeneratedTemplates.All[0].Docx);
        var body = template.Styles.Elements<Style>().Single(style => style.StyleId == StyleIds.Body);
        var paragraph = body.StyleParagraphProperties!;
        var spacing = paragraph.SpacingBetweenLines!;

        Assert.Equal("Nội dung văn bản", body.StyleName!.Val!.Value);
        Assert.Equal(JustificationValues.Both, paragraph.Justification!.Val!.Value);
        Assert.Equal("720", paragraph.Indentation!.FirstLine!.Value);
        Assert.True(int.Parse(spacing.After!.Value!) >= 120);
        Assert.Equal(LineSpacingRuleValues.Auto, spacing.LineRule!.Value);
        Assert.InRange(int.Parse(spacing.Line!.Value!), 240, 360);
        Assert.Equal("28", template.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.FontSize!.Val!.Value);
    }

    [Theory]
    [MemberData(nameof(GeneratedTemplates.Names), MemberType = typeof(GeneratedTemplates))]
    public void Body_markdown_stands_alone_in_a_body_style_paragraph(string name)
    {
        using var template = new OpenedTemplate(GeneratedTemplates.Named(name).Docx);
        var paragraph = template.Body.Descendants<Paragraph>().Single(p => p.InnerText.Contains("{{markdown body}}"));

        Assert.Equal("{{markdown body}}", paragraph.InnerText);
        Assert.Equal(StyleIds.Body, paragraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
    }

    [Theory]
    [MemberData(nameof(GeneratedTemplates.Names), MemberType = typeof(GeneratedTemplates))]
    public void Every_tag_sits_in_one_run_and_every_block_tag_is_alone_or_closed_in_its_paragraph(string name)
    {
        using var template = new OpenedTemplate(GeneratedTemplates.Named(name).Docx);
        foreach (var run in template.Body.Descendants<Run>())
        {
            var text = run.InnerText;
            Assert.Equal(CountOf(text, "{{"), CountOf(text, "}}"));
        }

        foreach (var paragraph in template.Body.Descendants<Paragraph>())
        {
            var tags = TemplateTag.Scan(paragraph.InnerText).ToList();
            var opens = tags.Count(tag => tag.IsOpen);
            var closes = tags.Count(tag => tag.IsClose);
            var alone = tags.Count == 1 && paragraph.InnerText == $"{{{{{tags[0].Text}}}}}";
            var inRow = paragraph.Ancestors<TableRow>().Any();
            Assert.True(opens == closes || alone || inRow, $"{name}: block tags of \"{paragraph.InnerText}\" are neither inline nor alone.");
        }
    }

    [Fact]
    public void Official_letter_has_no_type_name_but_a_subject_under_its_number()
    {
        using var template = new OpenedTemplate(GeneratedTemplates.Named("official-letter").Docx);

        Assert.Contains("V/v {{summary}}", template.ParagraphTexts);
        Assert.DoesNotContain(template.Body.Descendants<ParagraphStyleId>(), style => style.Val == StyleIds.TypeName);
        Assert.Contains("Kính gửi:", template.ParagraphTexts);
    }

    [Theory]
    [InlineData("directive", "CHỈ THỊ")]
    [InlineData("plan", "KẾ HOẠCH")]
    [InlineData("report", "BÁO CÁO")]
    [InlineData("award-submission", "TỜ TRÌNH")]
    [InlineData("council-minutes", "BIÊN BẢN")]
    [InlineData("award-decision", "QUYẾT ĐỊNH")]
    public void Type_name_and_summary_head_the_document(string name, string typeName)
    {
        using var template = new OpenedTemplate(GeneratedTemplates.Named(name).Docx);
        var texts = template.Body.Elements<Paragraph>().Select(paragraph => paragraph.InnerText).ToList();

        Assert.Equal(typeName, texts[0]);
        Assert.Equal("{{summary}}", texts[1]);
    }

    [Theory]
    [InlineData("award-submission", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG")]
    [InlineData("award-decision", "DANH SÁCH KHEN THƯỞNG")]
    [InlineData("report", "BIỂU SỐ LIỆU CHỦ YẾU")]
    public void Attached_list_starts_a_section_of_its_own_numbered_from_one(string name, string title)
    {
        using var template = new OpenedTemplate(GeneratedTemplates.Named(name).Docx);
        var heading = template.Body.Elements<Paragraph>().Single(paragraph => paragraph.InnerText == title);

        // The section before the list ends in the paragraph right before its title; the list's section starts on a new page at page 1.
        var documentSection = heading.PreviousSibling<Paragraph>()?.ParagraphProperties?.SectionProperties;
        Assert.NotNull(documentSection);
        Assert.IsType<Table>(heading.PreviousSibling<Paragraph>()!.PreviousSibling());
        var listSection = template.Body.GetFirstChild<SectionProperties>()!;
        Assert.Equal(SectionMarkValues.NextPage, listSection.GetFirstChild<SectionType>()!.Val!.Value);
        Assert.Equal(1, listSection.GetFirstChild<PageNumberType>()!.Start!.Value);
        Assert.NotNull(listSection.GetFirstChild<TitlePage>());
    }

    [Theory]
    [InlineData("report", "figures")]
    [InlineData("award-submission", "members")]
    [InlineData("award-decision", "members")]
    [InlineData("council-minutes", "votes")]
    public void Data_row_repeats_over_its_list(string name, string list)
    {
        using var template = new OpenedTemplate(GeneratedTemplates.Named(name).Docx);
        var row = template.Body.Descendants<TableRow>().Single(r => r.InnerText.Contains($"{{{{#each {list}}}}}"));
        var cells = row.Elements<TableCell>().ToList();

        Assert.StartsWith($"{{{{#each {list}}}}}", cells[0].InnerText);
        Assert.EndsWith("{{/each}}", cells[^1].InnerText);
    }

    [Fact]
    public void Council_minutes_are_signed_by_secretary_left_and_chair_right_with_recipients_below()
    {
        using var template = new OpenedTemplate(GeneratedTemplates.Named("council-minutes").Docx);
        var rows = template.Body.Elements<Table>().Last().Elements<TableRow>().ToList();
        var signatures = rows[0].Elements<TableCell>().ToList();

        Assert.StartsWith("THƯ KÝ", signatures[0].InnerText);
        Assert.EndsWith("{{secretary.name}}", signatures[0].InnerText);
        Assert.Contains("{{signature.title}}", signatures[1].InnerText);
        Assert.EndsWith("{{signature.name}}", signatures[1].InnerText);
        Assert.StartsWith("Nơi nhận:", rows[1].Elements<TableCell>().First().InnerText);
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, string.Empty).Length) / value.Length;
}

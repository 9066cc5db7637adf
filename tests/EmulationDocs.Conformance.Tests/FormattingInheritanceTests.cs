using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Tests.Fixtures;

namespace EmulationDocs.Conformance.Tests;

/// <summary>Fonts that come only from styles, docDefaults and the theme are resolved as Word does.</summary>
public sealed class FormattingInheritanceTests
{
    [Fact]
    public void Theme_font_from_doc_defaults_resolving_to_times_new_roman_conforms()
    {
        using var docx = ConformantDocument.Create(document => UseThemeFonts(document, "Times New Roman"));

        ReportAssert.Conforms(Decree30Checker.Check(docx));
    }

    [Fact]
    public void Theme_font_from_doc_defaults_resolving_to_calibri_is_reported_everywhere()
    {
        using var docx = ConformantDocument.Create(document => UseThemeFonts(document, "Calibri"));

        var issues = ReportAssert.OnlyRule(Decree30Checker.Check(docx), "font.family");
        Assert.Contains(issues, issue => issue.Location.Contains("(Quốc hiệu)", StringComparison.Ordinal));
        Assert.Contains(issues, issue => issue.Location.Contains("(Nội dung)", StringComparison.Ordinal));
        Assert.All(issues, issue => Assert.Contains("Calibri", issue.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Font_of_a_based_on_style_is_inherited_by_the_body_style()
    {
        using var docx = ConformantDocument.Create(document =>
        {
            var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            var normal = styles.Elements<Style>().Single(style => style.StyleId == "Normal");
            normal.StyleRunProperties = new StyleRunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial" });
            styles.Save();
        });

        var issues = ReportAssert.OnlyRule(Decree30Checker.Check(docx), "font.family");
        // Every non-empty body paragraph, header line and closing line inherits Arial from Normal.
        Assert.Contains(issues, issue => issue.Location.Contains("(Nội dung)", StringComparison.Ordinal));
        Assert.Contains(issues, issue => issue.Location.Contains("(Tiêu ngữ)", StringComparison.Ordinal));
    }

    [Fact]
    public void Direct_font_on_the_run_overrides_a_wrong_style_font()
    {
        using var docx = ConformantDocument.Create(document =>
        {
            var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            styles.Elements<Style>().Single(style => style.StyleId == ConformantDocument.BodyStyleId)
                .StyleRunProperties!.PrependChild(new RunFonts { Ascii = "Arial", HighAnsi = "Arial" });
            styles.Save();
            foreach (var run in DocumentEdits.Body(document).Descendants<Paragraph>()
                         .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == ConformantDocument.BodyStyleId)
                         .SelectMany(p => p.Elements<Run>()))
            {
                run.RunProperties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" });
            }
        });

        ReportAssert.Conforms(Decree30Checker.Check(docx));
    }

    /// <summary>Replaces the explicit docDefaults font with theme references and adds a theme whose
    /// minor (body) font is <paramref name="minorFont"/>.</summary>
    private static void UseThemeFonts(WordprocessingDocument document, string minorFont)
    {
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var fonts = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.GetFirstChild<RunFonts>()!;
        fonts.Ascii = null;
        fonts.HighAnsi = null;
        fonts.AsciiTheme = ThemeFontValues.MinorHighAnsi;
        fonts.HighAnsiTheme = ThemeFontValues.MinorHighAnsi;
        styles.Save();

        var theme = document.MainDocumentPart.AddNewPart<ThemePart>();
        using var writer = new StreamWriter(theme.GetStream(FileMode.Create));
        writer.Write($"""
            <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office">
              <a:themeElements>
                <a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>
                <a:fontScheme name="Office">
                  <a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>
                  <a:minorFont><a:latin typeface="{minorFont}"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>
                </a:fontScheme>
                <a:fmtScheme name="Office"><a:fillStyleLst/><a:lnStyleLst/><a:effectStyleLst/><a:bgFillStyleLst/></a:fmtScheme>
              </a:themeElements>
            </a:theme>
            """);
    }
}

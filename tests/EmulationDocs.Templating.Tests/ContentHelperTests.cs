using DocumentFormat.OpenXml.Drawing.Wordprocessing;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Templating.Tests.Support;
using static EmulationDocs.Templating.Tests.Support.DocxFactory;

namespace EmulationDocs.Templating.Tests;

public sealed class ContentHelperTests
{
    /// <summary>A 2×1 red PNG.</summary>
    public const string Png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4z8AARAAI/gH/xp559wAAAABJRU5ErkJggg==";

    [Fact]
    public void Pictures_in_loops_get_unique_drawing_ids_and_their_own_media()
    {
        var template = Body(P("{{#each seals}}") + P("Dấu {{inc @index}}: {{image this 20}}") + P("{{/each}}")).Build();
        using var doc = Render.Run(template, $$"""{ "seals": ["{{Png}}", "{{Png}}", "{{Png}}"] }""");
        var ids = doc.Body.Descendants<DocProperties>().Select(d => d.Id!.Value).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(3, doc.Main.ImageParts.Count());
        var extent = doc.Body.Descendants<Extent>().First();
        Assert.Equal(20 * 36000L, extent.Cx!.Value);
        Assert.Equal(10 * 36000L, extent.Cy!.Value);
        Assert.Equal(["Dấu 1: ", "Dấu 2: ", "Dấu 3: "], doc.Paragraphs);
    }

    [Fact]
    public void Static_pictures_repeated_by_a_loop_are_renumbered()
    {
        var picture = "<w:r><w:drawing><wp:inline><wp:extent cx=\"360000\" cy=\"180000\"/><wp:docPr id=\"1\" name=\"logo\"/>" +
                      "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"logo.png\"/><pic:cNvPicPr/></pic:nvPicPr>" +
                      "<pic:blipFill><a:blip r:embed=\"rIdLogo\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"360000\" cy=\"180000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
        var factory = Body(P("{{#each items}}") + "<w:p>" + R("{{this}} ") + picture + "</w:p>" + P("{{/each}}"))
            .WithMedia("word/media/logo.png", Convert.FromBase64String(Png["data:image/png;base64,".Length..]));
        var template = AddImageRelationship(factory.Build());
        using var doc = Render.Run(template, """{ "items": ["a", "b"] }""");
        var ids = doc.Body.Descendants<DocProperties>().Select(d => d.Id!.Value).ToList();
        Assert.Equal(2, ids.Distinct().Count());
    }

    [Fact]
    public void Markdown_alone_in_a_paragraph_becomes_paragraphs_in_its_style_with_bold_and_italic()
    {
        var paragraph = "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/><w:ind w:firstLine=\"720\"/><w:jc w:val=\"both\"/></w:pPr>" +
                        "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:t>{{markdown body}}</w:t></w:r></w:p>";
        using var doc = Render.Run(Body(P("Trước") + paragraph + P("Sau")).Build(), """
            { "body": "Năm 2022, **UBND huyện** yêu cầu:\n\n1. Quán triệt *tư tưởng* thi đua;\n2. Tổ chức triển khai.\n\na) Nội dung;\n\n- Gạch đầu dòng./." }
            """);
        Assert.Equal(["Trước", "Năm 2022, UBND huyện yêu cầu:", "1. Quán triệt tư tưởng thi đua;", "2. Tổ chức triển khai.", "a) Nội dung;", "- Gạch đầu dòng./.", "Sau"], doc.Paragraphs);
        var generated = doc.Body.Elements<Paragraph>().Skip(1).Take(5).ToList();
        Assert.All(generated, p => Assert.Equal("BodyText", p.ParagraphProperties?.ParagraphStyleId?.Val?.Value));
        Assert.All(generated, p => Assert.Equal("720", p.ParagraphProperties?.Indentation?.FirstLine?.Value));
        var bold = doc.Body.Descendants<Run>().Single(r => r.InnerText == "UBND huyện");
        Assert.NotNull(bold.RunProperties?.Bold);
        Assert.Equal("28", bold.RunProperties?.FontSize?.Val?.Value);
        Assert.NotNull(doc.Body.Descendants<Run>().Single(r => r.InnerText == "tư tưởng").RunProperties?.Italic);
    }

    [Fact]
    public void Markdown_keeps_only_its_last_paragraph_and_its_headings_with_the_next()
    {
        var paragraph = "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/><w:keepNext/><w:jc w:val=\"both\"/></w:pPr><w:r><w:t>{{markdown body}}</w:t></w:r></w:p>";
        using var doc = Render.Run(Body(paragraph + P("Nơi nhận")).Build(), """
            { "body": "**I. MỤC ĐÍCH**\n\nNội dung thứ nhất.\n\n**Điều 1.** Nội dung có phần đậm.\n\n# Tiêu đề\n\nĐoạn cuối./." }
            """);
        var keeps = doc.Body.Elements<Paragraph>().Take(5).Select(p => p.ParagraphProperties?.KeepNext is not null).ToList();
        // A paragraph bold throughout and a Markdown heading keep with their text; so does the last paragraph, as the tag's did.
        Assert.Equal([true, false, false, true, true], keeps);
        Assert.All(doc.Body.Elements<Paragraph>().Take(5), p => Assert.Equal("BodyText", p.ParagraphProperties?.ParagraphStyleId?.Val?.Value));
    }

    [Fact]
    public void Markdown_in_a_paragraph_without_keep_with_next_keeps_only_headings()
    {
        var paragraph = "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr><w:r><w:t>{{markdown body}}</w:t></w:r></w:p>";
        using var doc = Render.Run(Body(paragraph + P("Sau")).Build(), """{ "body": "**Phần thứ nhất**\n\nĐoạn cuối./." }""");
        var keeps = doc.Body.Elements<Paragraph>().Take(2).Select(p => p.ParagraphProperties?.KeepNext is not null).ToList();
        Assert.Equal([true, false], keeps);
    }

    private static byte[] AddImageRelationship(byte[] docx)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/_rels/document.xml.rels")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            xml = xml.Replace("</Relationships>", "<Relationship Id=\"rIdLogo\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/logo.png\"/></Relationships>");
            using var writer = new StreamWriter(zip.CreateEntry("word/_rels/document.xml.rels").Open());
            writer.Write(xml);
        }
        return stream.ToArray();
    }
}

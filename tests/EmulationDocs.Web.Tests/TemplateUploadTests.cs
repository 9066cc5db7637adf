using System.IO.Compression;
using System.Net;
using System.Text;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>Quản trị › Mẫu văn bản: uploads are checked before anything is stored; only an administrator of a top-level unit may use it.</summary>
public sealed class TemplateUploadTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private const string Page = "/Admin/Templates";

    private static byte[] Plan => File.ReadAllBytes(Path.Combine(RepositoryPaths.Templates, "plan.docx"));

    [Fact]
    public async Task A_valid_template_is_accepted_stored_under_the_data_directory_and_listed()
    {
        var head = await app.SignedInBrowserAsync(DemoAdministrators.Province);
        var list = await head.GetStringAsync(Page);
        Assert.Contains("Mẫu văn bản", list);
        Assert.Contains("directive", list);
        Assert.Contains("KH", list);

        var response = await UploadAsync(head, "ke-hoach-moi", "ke-hoach.docx", Plan);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã nhận mẫu", html);
        Assert.Contains("chưa phải văn bản hoàn chỉnh", html);
        Assert.True(File.Exists(Path.Combine(UploadDirectory, "ke-hoach-moi.docx")));
        Assert.False(File.Exists(Path.Combine(RepositoryPaths.Templates, "ke-hoach-moi.docx")));
        Assert.Contains("ke-hoach-moi", await head.GetStringAsync(Page));
    }

    [Fact]
    public async Task A_template_with_only_lint_warnings_is_accepted_and_the_warning_shown()
    {
        // "{{sum" plain and "mary}}" bold: the value prints plain, which the author should be told, but it is no error.
        var split = HostilePackage.Rewrite(Plan, "word/document.xml", xml =>
        {
            var changed = xml.Replace(
                "<w:t xml:space=\"preserve\">{{summary}}</w:t></w:r>",
                "<w:t xml:space=\"preserve\">{{sum</w:t></w:r><w:r><w:rPr><w:b /></w:rPr><w:t xml:space=\"preserve\">mary}}</w:t></w:r>", StringComparison.Ordinal);
            Assert.NotEqual(xml, changed);
            return changed;
        });
        var head = await app.SignedInBrowserAsync(DemoAdministrators.Province);

        var response = await UploadAsync(head, "ke-hoach-canh-bao", "ke-hoach.docx", split);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã nhận mẫu", html);
        Assert.Contains("định dạng của phần đầu", html);
        Assert.True(File.Exists(Path.Combine(UploadDirectory, "ke-hoach-canh-bao.docx")));
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "text", "không phải là văn bản Word" },
        { "macro", "macro" },
        { "bomb", "zip bomb" },
        { "unclosed-each", "each" },
        // 100,000 nested elements ended the server process with a stack overflow.
        { "nested", "lồng nhau quá 256 tầng" },
        { "external-image", "nội dung lấy từ bên ngoài" },
        { "attached-template", "attachedTemplate" },
        { "climbing-entry", "tên không hợp lệ" },
        { "duplicate-part", "hai thành phần cùng tên" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Unusable_uploads_are_refused_with_their_message_and_nothing_is_stored(string kind, string expected)
    {
        var content = kind switch
        {
            "text" => Encoding.UTF8.GetBytes("Đây là một tệp văn bản thường, không phải Word."),
            "macro" => MacroEnabled(),
            "bomb" => ZipBomb(),
            "nested" => HostilePackage.Nested(Plan, "word/document.xml", 100_000),
            "external-image" => HostilePackage.WithExternalRelationship(Plan, "word/_rels/document.xml.rels", "image", "http://127.0.0.1:9/leak.png"),
            "attached-template" => HostilePackage.WithExternalRelationship(Plan, "word/_rels/document.xml.rels", "attachedTemplate", "http://127.0.0.1:9/leak.dotx"),
            "climbing-entry" => HostilePackage.WithEntry(Plan, "../../outside.xml", "<x/>"),
            "duplicate-part" => HostilePackage.WithEntry(Plan, "word/document.xml", "<x/>"),
            _ => UnclosedEach(),
        };
        var chairman = await app.SignedInBrowserAsync(DemoAdministrators.Province);
        var response = await UploadAsync(chairman, "bi-tu-choi-" + kind, kind + ".docx", content);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Không nhận mẫu này", html);
        Assert.Contains(expected, html, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(Path.Combine(UploadDirectory, $"bi-tu-choi-{kind}.docx")));
        if (kind == "unclosed-each") Assert.Contains("đoạn", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_upload_over_10_MB_is_refused_before_it_is_read()
    {
        var head = await app.SignedInBrowserAsync(DemoAdministrators.Province);
        var response = await UploadAsync(head, "qua-lon", "qua-lon.docx", new byte[11 * 1024 * 1024]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Tệp gửi lên quá lớn: tối đa 10 MB", await response.Content.ReadAsStringAsync());
        Assert.False(File.Exists(Path.Combine(UploadDirectory, "qua-lon.docx")));
    }

    [Fact]
    public async Task A_district_administrator_may_not_open_the_page()
    {
        var district = await app.SignedInBrowserAsync(DemoAdministrators.District);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.GetAsync(Page)).StatusCode);
    }

    [Fact]
    public async Task A_clerk_may_neither_see_nor_use_the_page()
    {
        var clerk = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(Page)).StatusCode);
        Assert.DoesNotContain("/Admin/Templates", await clerk.GetStringAsync("/"));
        // A token from a page the clerk may open: the refusal is the role check, not antiforgery.
        var token = WebAppFactory.AntiforgeryToken(await clerk.GetStringAsync("/Documents/New"));
        using var form = Form(token, "cua-chuyen-vien", "plan.docx", Plan);
        var refused = await clerk.PostAsync(Page, form);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        // A refused POST is re-executed as a POST: the status page still explains in Vietnamese.
        Assert.Contains("Không được phép", await refused.Content.ReadAsStringAsync());
        Assert.False(File.Exists(Path.Combine(UploadDirectory, "cua-chuyen-vien.docx")));
    }

    private string UploadDirectory => Path.Combine(Path.GetDirectoryName(app.PickupDirectory)!, "uploaded-templates");

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, string fileName, byte[] content)
    {
        var token = WebAppFactory.AntiforgeryToken(await client.GetStringAsync(Page));
        using var form = Form(token, name, fileName, content);
        return await client.PostAsync(Page, form);
    }

    private static MultipartFormDataContent Form(string token, string name, string fileName, byte[] content) => new()
    {
        { new StringContent(token), "__RequestVerificationToken" },
        { new StringContent(name), "Name" },
        { new ByteArrayContent(content), "file", fileName },
    };

    /// <summary>plan.docx with the main part declared macro-enabled, as Word saves a .docm.</summary>
    private static byte[] MacroEnabled() => Edit(Plan, zip =>
    {
        var entry = zip.GetEntry("[Content_Types].xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        entry.Delete();
        xml = xml.Replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "application/vnd.ms-word.document.macroEnabled.main+xml");
        using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
        writer.Write(xml);
    });

    /// <summary>plan.docx plus 1 GB of zeros streamed into an extra entry: about a megabyte on disk.</summary>
    private static byte[] ZipBomb() => Edit(Plan, zip =>
    {
        using var stream = zip.CreateEntry("word/media/zeros.bin", CompressionLevel.SmallestSize).Open();
        var zeros = new byte[1024 * 1024];
        for (var i = 0; i < 1024; i++) stream.Write(zeros);
    });

    /// <summary>plan.docx with a <c>{{#each}}</c> block opened in the body and never closed.</summary>
    private static byte[] UnclosedEach() => Edit(Plan, zip =>
    {
        var entry = zip.GetEntry("word/document.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        entry.Delete();
        var body = xml.IndexOf("<w:body>", StringComparison.Ordinal) + "<w:body>".Length;
        xml = xml.Insert(body, "<w:p><w:r><w:t>{{#each tasks}}</w:t></w:r></w:p>");
        using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
        writer.Write(xml);
    });

    private static byte[] Edit(byte[] docx, Action<ZipArchive> edit)
    {
        var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true)) edit(zip);
        return buffer.ToArray();
    }
}

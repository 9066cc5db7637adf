using EmulationDocs.Testing;
using EmulationDocs.Web.Features.Previews;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EmulationDocs.Web.Tests;

/// <summary>"Xem PDF": a stored version converted by LibreOffice, inline, with the .docx download's visibility rule.</summary>
public sealed class PdfPreviewTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    /// <summary>Its own database, so that the numbering seen by the other test does not depend on test order.</summary>
    public sealed class MissingLibreOffice(WebAppFactory app) : IClassFixture<WebAppFactory>
    {
        [Fact]
        public async Task Without_libreoffice_the_preview_answers_503_with_the_package_to_install()
        {
            var (id, version) = await IssuedDirectiveAsync(app, "pdf-missing");
            using var withoutLibreOffice = app.WithWebHostBuilder(b => b.UseSetting("Previews:SofficePath", "/nonexistent/soffice"));
            var client = withoutLibreOffice.CreateClient();
            var token = (await (await client.PostAsJsonAsync("/api/auth/token", new { user = TrucNinhDirective.Clerk, password = WebAppFactory.Password }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);

            var response = await client.GetAsync($"/api/instances/{id}/versions/{version.GetProperty("version").GetInt32()}/pdf");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("Chưa cài LibreOffice để xem trước PDF (cài gói libreoffice-writer-nogui).", await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>Its own database too; a conversion that cannot finish in time is the server's state, not a 500.</summary>
    public sealed class LateLibreOffice(WebAppFactory app) : IClassFixture<WebAppFactory>
    {
        [Fact]
        public async Task A_conversion_past_its_time_limit_answers_503_in_vietnamese_every_time()
        {
            var (id, version) = await IssuedDirectiveAsync(app, "pdf-late");
            // One millisecond: no LibreOffice start fits in it, on any machine.
            using var late = app.WithWebHostBuilder(b => b.UseSetting("Previews:ConversionTimeout", "00:00:00.001"));
            var client = late.CreateClient();
            var token = (await (await client.PostAsJsonAsync("/api/auth/token", new { user = TrucNinhDirective.Clerk, password = WebAppFactory.Password }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            var url = $"/api/instances/{id}/versions/{version.GetProperty("version").GetInt32()}/pdf";

            foreach (var attempt in new[] { 1, 2 })
            {
                var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                var body = await response.Content.ReadAsStringAsync();
                Assert.Contains(PdfPreviewService.ConversionFailed, body);
                Assert.DoesNotContain("LibreOffice did not", body);
            }
        }
    }

    [Fact]
    public async Task The_issued_directive_is_shown_as_pdf_on_the_pages_and_in_the_api_and_hidden_from_other_units()
    {
        var (id, version) = await IssuedDirectiveAsync(app, "pdf-preview");
        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);
        var page = await browser.GetStringAsync($"/Documents/{id}");
        Assert.Contains("Xem PDF", page);
        // Versions name the kind of document and the unit, not the template and unit codes.
        Assert.Contains("<td>Chỉ thị</td>", page);
        Assert.Contains("<td>Ủy ban nhân dân huyện Trực Ninh</td>", page);
        Assert.Equal("Chỉ thị", version.GetProperty("documentName").GetString());
        Assert.Contains($"/Documents/{id}/versions/{version.GetProperty("version").GetInt32()}/pdf?role=", page);

        var url = version.GetProperty("previewUrl").GetString()!;
        var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        // The first directive of the year in this class's own database; the 503 test issues its own in a separate database.
        Assert.Equal("01/CT-UBND", version.GetProperty("reference").GetString());
        Assert.Contains("01/CT-UBND", await PdfTextAsync(pdf));

        var api = await app.ApiClientAsync(TrucNinhDirective.Registry);
        var fromApi = await api.GetAsync(url.Replace("/Documents/", "/api/instances/"));
        Assert.Equal(HttpStatusCode.OK, fromApi.StatusCode);
        Assert.Equal("application/pdf", fromApi.Content.Headers.ContentType?.MediaType);

        var outsider = await app.ApiClientAsync(TrucNinhDirective.OtherCommuneClerk);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url.Replace("/Documents/", "/api/instances/"))).StatusCode);
        var outsiderBrowser = await app.SignedInBrowserAsync(TrucNinhDirective.OtherCommuneClerk);
        Assert.Equal(HttpStatusCode.NotFound, (await outsiderBrowser.GetAsync(url)).StatusCode);
    }

    private static async Task<(Guid Id, JsonElement Version)> IssuedDirectiveAsync(WebAppFactory app, string key)
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var id = (await Directives.StartAsync(clerk, key)).GetProperty("instanceId").GetGuid();
        await Directives.ActOkAsync(clerk, id, "submit");
        await Directives.ActOkAsync(await app.ApiClientAsync(TrucNinhDirective.Head), id, "approve");
        await Directives.ActOkAsync(await app.ApiClientAsync(TrucNinhDirective.Chairman), id, "sign");
        await Directives.ActOkAsync(await app.ApiClientAsync(TrucNinhDirective.Registry), id, "issue");
        var details = await clerk.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        var issued = details.GetProperty("versions").EnumerateArray().Last(v => v.GetProperty("frozen").GetBoolean());
        return (id, issued);
    }

    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"preview-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
            foreach (var argument in new[] { file, "-" }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}

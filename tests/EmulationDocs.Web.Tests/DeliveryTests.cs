using EmulationDocs.Testing;
using System.Net.Http.Json;
using EmulationDocs.Core.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationDocs.Web.Tests;

/// <summary>With no SMTP server configured, an issued document goes to each recipient unit as an .eml file in the pickup folder.</summary>
public sealed class DeliveryTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Issuing_queues_one_message_per_recipient_unit_and_the_dispatcher_writes_them_with_docx_and_pdf()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var data = TrucNinhDirective.Data();
        data["recipients"] = new System.Text.Json.Nodes.JsonArray("UBND các xã, thị trấn", "Lưu: VT, NV");
        var response = await clerk.PostAsJsonAsync("/api/instances", new
        {
            definition = "directive", unit = "truc-ninh", title = "Chỉ thị về phát động thi đua năm 2022",
            data = new System.Text.Json.Nodes.JsonObject { ["main"] = data }, idempotencyKey = "delivery-start",
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("instanceId").GetGuid();
        await Directives.ActOkAsync(clerk, id, "submit");
        await Directives.ActOkAsync(await app.ApiClientAsync(TrucNinhDirective.Head), id, "approve");
        await Directives.ActOkAsync(await app.ApiClientAsync(TrucNinhDirective.Chairman), id, "sign");
        await Directives.ActOkAsync(await app.ApiClientAsync(TrucNinhDirective.Registry), id, "issue");

        var status = await app.Services.GetRequiredService<DeliveryStatus>().ForInstanceAsync(id);
        Assert.NotEmpty(status);
        var sent = await app.Services.GetRequiredService<DeliveryDispatcher>().RunOnceAsync(CancellationToken.None);

        var files = Directory.GetFiles(app.PickupDirectory, "*.eml");
        Assert.NotEmpty(files);
        Assert.Equal(sent, files.Length);
        Assert.Equal(status.Count(s => s.Address is not null), files.Length);
        Assert.All(files, file =>
        {
            var message = File.ReadAllText(file);
            Assert.Contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document", message);
            Assert.Contains("application/pdf", message);
            Assert.Contains("Message-ID: <outbox-", message, StringComparison.OrdinalIgnoreCase);
        });

        // Status per recipient, in the API and on the document page.
        var deliveries = await clerk.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/instances/{id}/deliveries");
        var sentRows = deliveries.EnumerateArray().Where(d => d.GetProperty("state").GetString() == "Sent").ToList();
        Assert.Equal(files.Length, sentRows.Count);
        Assert.All(sentRows, d => Assert.StartsWith("Đã gửi lúc", d.GetProperty("status").GetString()));
        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);
        var page = await browser.GetStringAsync($"/Documents/{id}");
        Assert.Contains("Gửi văn bản", page);
        Assert.Contains("Đã gửi lúc", page);

        // Only failed or unaddressed messages are resent, and only by the issuing unit's registry.
        var messageId = sentRows[0].GetProperty("messageId").GetGuid();
        var byClerk = await clerk.PostAsync($"/api/deliveries/{messageId}/resend", null);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Contains("văn thư", await byClerk.Content.ReadAsStringAsync());
        var registry = await app.ApiClientAsync(TrucNinhDirective.Registry);
        var sentAgain = await registry.PostAsync($"/api/deliveries/{messageId}/resend", null);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, sentAgain.StatusCode);
        Assert.Contains("không thành công", await sentAgain.Content.ReadAsStringAsync());
        var otherCommune = await app.ApiClientAsync(TrucNinhDirective.OtherCommuneClerk);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await otherCommune.GetAsync($"/api/instances/{id}/deliveries")).StatusCode);
    }
}

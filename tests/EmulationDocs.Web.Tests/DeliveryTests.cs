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
        var clerk = await app.ApiClientAsync(Directives.Clerk);
        var data = Directives.SeedAdaptedToTrucNinh();
        data["recipients"] = new System.Text.Json.Nodes.JsonArray("UBND các xã, thị trấn", "Lưu: VT, NV");
        var response = await clerk.PostAsJsonAsync("/api/instances", new
        {
            definition = "directive", unit = "truc-ninh", title = "Chỉ thị về phát động thi đua năm 2022",
            data = new System.Text.Json.Nodes.JsonObject { ["main"] = data }, idempotencyKey = "delivery-start",
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("instanceId").GetGuid();
        await Directives.ActOkAsync(clerk, id, "submit");
        await Directives.ActOkAsync(await app.ApiClientAsync(Directives.Head), id, "approve");
        await Directives.ActOkAsync(await app.ApiClientAsync(Directives.Chairman), id, "sign");
        await Directives.ActOkAsync(await app.ApiClientAsync(Directives.Registry), id, "issue");

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
    }
}

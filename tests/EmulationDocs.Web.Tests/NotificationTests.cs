using System.Net.Http.Json;
using System.Text.Json;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Deadlines;
using EmulationDocs.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationDocs.Web.Tests;

/// <summary>
/// Deadline notifications (written by the deadline processor, tested in Core) on the home page and at /api/notifications:
/// to the user, or to a role they hold at a unit; recent ones only; nobody else's.
/// </summary>
public sealed class NotificationTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Each_user_sees_the_recent_notifications_addressed_to_them_or_their_role()
    {
        var now = DateTime.UtcNow;
        var instance = Guid.NewGuid();
        await using (var context = app.Services.GetRequiredService<DatabaseFactory>().Create())
        {
            context.Notifications.AddRange(
                new Notification { InstanceId = instance, Kind = TimerKinds.Reminder, Role = "chairman", UnitId = "truc-ninh", Message = "Sắp đến hạn xử lý: Chỉ thị A (ký)", CreatedAt = now.AddHours(-2) },
                new Notification { InstanceId = instance, Kind = TimerKinds.Escalation, UserId = TrucNinhDirective.Clerk, UnitId = "truc-ninh", Message = "Quá hạn xử lý: Chỉ thị B", CreatedAt = now.AddHours(-1) },
                new Notification { InstanceId = instance, Kind = TimerKinds.Reminder, Role = "chairman", UnitId = "truc-ninh", Message = "Sắp đến hạn xử lý: Chỉ thị cũ", CreatedAt = now.AddDays(-40) },
                new Notification { InstanceId = instance, Kind = TimerKinds.Reminder, Role = "chairman", UnitId = "truc-dai", Message = "Sắp đến hạn xử lý: việc của xã", CreatedAt = now });
            await context.SaveChangesAsync();
        }

        Assert.Equal(["Sắp đến hạn xử lý: Chỉ thị A (ký)"], await MessagesAsync(TrucNinhDirective.Chairman));
        Assert.Equal(["Quá hạn xử lý: Chỉ thị B"], await MessagesAsync(TrucNinhDirective.Clerk));
        Assert.Empty(await MessagesAsync(TrucNinhDirective.Head));

        var page = await (await app.SignedInBrowserAsync(TrucNinhDirective.Chairman)).GetStringAsync("/");
        Assert.Contains("Thông báo", page);
        Assert.Contains("Nhắc hạn", page);
        Assert.Contains("Sắp đến hạn xử lý: Chỉ thị A (ký)", page);
        Assert.DoesNotContain("Chỉ thị cũ", page);
        Assert.DoesNotContain("việc của xã", page);
    }

    private async Task<List<string>> MessagesAsync(string user) =>
        (await (await app.ApiClientAsync(user)).GetFromJsonAsync<JsonElement>("/api/notifications")).EnumerateArray().Select(n => n.GetProperty("message").GetString()!).ToList();
}

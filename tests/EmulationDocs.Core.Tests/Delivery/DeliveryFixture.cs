using System.Text.Json.Nodes;
using EmulationDocs.Core.Delivery;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Tests.Workflows;
using EmulationDocs.Core.Workflows.Runtime;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EmulationDocs.Core.Tests.Delivery;

/// <summary>A PDF stand-in for tests that are not about the PDF: LibreOffice takes seconds per document.</summary>
internal sealed class FakePdf : IPdfConverter
{
    public Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken) => Task.FromResult("%PDF-1.4 test"u8.ToArray());
}

/// <summary>
/// The engine's district (<see cref="EngineFixture"/>) with an address book: the province and three communes with
/// e-mail, a fourth commune without, and a school below a commune; and a directive issued to them.
/// </summary>
internal sealed class DeliveryFixture : IAsyncDisposable
{
    public static readonly string[] Recipients = ["Ủy ban nhân dân tỉnh Nam Định", "UBND các xã, thị trấn", "Ban Thi đua - Khen thưởng Trung ương", "Lưu: VT, NV"];

    public const string Province = "ubnd@namdinh.example.gov.vn";
    public const string TrucDai = "ubnd@trucdai.example.gov.vn";
    public const string TrucThang = "ubnd@tructhang.example.gov.vn";
    public const string CatThanh = "ubnd@catthanh.example.gov.vn";

    private DeliveryFixture(EngineFixture engine, FakeTimeProvider clock)
    {
        Engine = engine;
        Clock = clock;
    }

    public EngineFixture Engine { get; }

    public DatabaseFactory Database => Engine.Database;

    /// <summary>The engine's clock too: rows are stamped on it, so backoff and leases pass by <c>Advance</c>, not by waiting.</summary>
    public FakeTimeProvider Clock { get; }

    public static async Task<DeliveryFixture> CreateAsync(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var engine = await EngineFixture.CreateAsync(provider, clock);
        await using var context = engine.Database.Create();
        (await context.Units.SingleAsync(u => u.Id == "tinh")).Email = Province;
        (await context.Units.SingleAsync(u => u.Id == "xa")).Email = TrucDai;
        context.Units.AddRange(
            Unit("xa2", "Ủy ban nhân dân xã Trực Thắng", "commune", "huyen", TrucThang),
            Unit("tt", "Ủy ban nhân dân thị trấn Cát Thành", "commune", "huyen", CatThanh),
            Unit("xa4", "Ủy ban nhân dân xã Trực Hùng", "commune", "huyen", null),
            Unit("truong", "Trường THCS Trực Đại", "unit", "xa", "thcs@trucdai.example.edu.vn"));
        await context.SaveChangesAsync();
        return new DeliveryFixture(engine, clock);
    }

    private static OrgUnit Unit(string id, string name, string level, string parent, string? email) =>
        new() { Id = id, Name = name, Level = level, ParentId = parent, Abbreviation = "UBND", HeaderName = name.ToUpperInvariant(), Place = id, Email = email };

    /// <summary>Drafts, approves, signs and issues a directive; returns the instance and its issued version.</summary>
    public async Task<(Guid InstanceId, DocumentVersion Issued)> IssueDirectiveAsync(string[]? recipients = null)
    {
        var data = EngineFixture.DirectiveData();
        data["recipients"] = new JsonArray([.. (recipients ?? Recipients).Select(r => JsonValue.Create(r))]);
        var key = Guid.NewGuid().ToString("N");
        var started = await Engine.Engine.StartAsync(new StartCommand(key, "clerk", "huyen", "directive", "Chỉ thị", new JsonObject { ["directive"] = data }));
        var result = started;
        foreach (var (user, action) in new[] { ("clerk", TaskActions.Submit), ("head", TaskActions.Approve), ("chairman", TaskActions.Sign), ("registry", TaskActions.Issue) })
            result = await Engine.Engine.ActAsync(new TaskCommand($"{key}-{action}", user, Assert.Single(result.CreatedTasks).TaskId, action));
        Assert.Equal(InstanceStatus.Completed, result.Status);
        await using var context = Database.Create();
        var issued = await context.DocumentVersions.AsNoTracking().Where(d => d.InstanceId == started.InstanceId && d.Frozen).SingleAsync();
        return (started.InstanceId, issued);
    }

    public async Task<List<OutboxMessage>> OutboxAsync(Guid instanceId)
    {
        await using var context = Database.Create();
        return await context.Outbox.AsNoTracking().Where(o => o.InstanceId == instanceId).OrderBy(o => o.Address).ToListAsync();
    }

    public DeliveryDispatcher Dispatcher(IMailTransport transport, IPdfConverter? pdf = null, DeliveryOptions? options = null, string? worker = null, TimeProvider? clock = null) =>
        new(Database, transport, pdf ?? new FakePdf(), options ?? new DeliveryOptions(), clock ?? Clock, worker);

    public static DeliveryOptions Smtp(SmtpTestServer server) => new()
    {
        SmtpHost = "127.0.0.1", SmtpPort = server.Port, Security = SecureSocketOptions.None, FromAddress = "vanthu@trucninh.example.gov.vn", FromName = "Văn thư UBND huyện Trực Ninh",
        SmtpTimeout = TimeSpan.FromSeconds(20),
    };

    public ValueTask DisposeAsync() => Engine.DisposeAsync();
}

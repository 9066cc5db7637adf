using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using EmulationDocs.Core.Delivery;
using EmulationDocs.Core.Organisation;
using MailKit.Security;

namespace EmulationDocs.Core.Tests.Delivery;

public sealed class DeliveryMessageTextTests
{
    private static readonly OrgUnit Issuer = new()
    {
        Id = "truc-ninh", Name = "Ủy ban nhân dân huyện Trực Ninh", Level = "district", Abbreviation = "UBND", HeaderName = "ỦY BAN NHÂN DÂN\nHUYỆN TRỰC NINH", Place = "Trực Ninh",
    };

    [Theory]
    [InlineData("05/CT-UBND", "Về việc phát động thi đua năm 2022", "[UBND huyện Trực Ninh] Chỉ thị số 05/CT-UBND ngày 05/01/2022 về việc phát động thi đua năm 2022")]
    [InlineData("12/UBND-NV", "V/v phát động phong trào thi đua", "[UBND huyện Trực Ninh] Công văn số 12/UBND-NV ngày 05/01/2022 về việc phát động phong trào thi đua")]
    [InlineData("03/KH-UBND", "Tổ chức phong trào thi đua năm 2022", "[UBND huyện Trực Ninh] Kế hoạch số 03/KH-UBND ngày 05/01/2022 về việc tổ chức phong trào thi đua năm 2022")]
    public void The_subject_names_the_issuer_kind_number_date_and_matter(string reference, string summary, string expected)
    {
        var data = new JsonObject { ["summary"] = summary, ["date"] = "2022-01-05" };
        Assert.Equal(expected, DeliveryMessageText.Subject(Issuer, reference, data));
    }

    [Fact]
    public async Task A_refused_connection_is_a_temporary_failure()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var transport = new SmtpMailTransport(new DeliveryOptions { SmtpHost = "127.0.0.1", SmtpPort = port, Security = SecureSocketOptions.None, SmtpTimeout = TimeSpan.FromSeconds(5) });

        var failure = await Assert.ThrowsAsync<MailDeliveryException>(() =>
            transport.SendOneAsync(new MailEnvelope("<outbox-x@emulationdocs.local>", "a@example.gov.vn", "Thử", "Nội dung", []), CancellationToken.None));

        Assert.False(failure.Permanent);
        Assert.Contains("ConnectionRefused", failure.Message);
    }
}

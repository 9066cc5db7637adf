using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using EmulationDocs.Core.Delivery;

namespace EmulationDocs.Core.Tests.Delivery;

/// <summary>
/// LibreOffice converts documents that came from users' templates and data; it must never reach out to a URL named
/// in one (a linked picture made the preview fetch an http address on main).
/// </summary>
public sealed class PdfConversionIsolationTests
{
    [Fact]
    public async Task A_linked_picture_is_not_fetched_while_the_document_is_converted()
    {
        using var server = new CountingHttpServer();

        var pdf = await new LibreOfficePdfConverter().ConvertAsync(DocumentLinkingTo(server.Url("linked.png")), CancellationToken.None);

        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Equal(0, server.Connections);
    }

    /// <summary>A minimal .docx whose only picture is an external image relationship (r:link).</summary>
    private static byte[] DocumentLinkingTo(string url)
    {
        const string Package = "http://schemas.openxmlformats.org/package/2006";
        const string Office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
            Add("[Content_Types].xml", $"""<Types xmlns="{Package}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add("_rels/.rels", $"""<Relationships xmlns="{Package}/relationships"><Relationship Id="rId1" Type="{Office}/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add("word/_rels/document.xml.rels", $"""<Relationships xmlns="{Package}/relationships"><Relationship Id="rIdImg" Type="{Office}/image" Target="{url}" TargetMode="External"/></Relationships>""");
            Add("word/document.xml", $"""
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="{Office}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>
                <w:p><w:r><w:t>Ảnh liên kết</w:t></w:r></w:p>
                <w:p><w:r><w:drawing><wp:inline><wp:extent cx="914400" cy="914400"/><wp:docPr id="1" name="p"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="p"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="rIdImg"/></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
                </w:body></w:document>
                """);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// A loopback listener that answers every request 404 and counts connections. LibreOffice fetches a linked picture
    /// while it loads the document, so every connection it makes is accepted (or waiting in the backlog) before the
    /// conversion returns.
    /// </summary>
    private sealed class CountingHttpServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private int _accepted;

        public CountingHttpServer()
        {
            _listener.Start();
            _ = AcceptAsync();
        }

        public int Connections => Volatile.Read(ref _accepted) + (_listener.Pending() ? 1 : 0);

        public string Url(string path) => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/{path}";

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _accepted);
                var stream = client.GetStream();
                var request = new byte[4096];
                _ = await stream.ReadAsync(request, _stop.Token);
                await stream.WriteAsync("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n"u8.ToArray(), _stop.Token);
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }
    }
}

using System.IO.Compression;
using System.Text;
using EmulationDocs.Conformance.Tests.Fixtures;

namespace EmulationDocs.Conformance.Tests;

public sealed class InputValidationTests
{
    [Fact]
    public void Random_bytes_are_rejected()
    {
        var bytes = new byte[4096];
        new Random(30).NextBytes(bytes);

        AssertRejected(new MemoryStream(bytes));
    }

    [Fact]
    public void Empty_stream_is_rejected()
    {
        AssertRejected(new MemoryStream());
    }

    [Fact]
    public void Zip_without_document_part_is_rejected()
    {
        AssertRejected(Zip(("readme.txt", "not a Word document")));
    }

    [Fact]
    public void Package_without_main_document_is_rejected()
    {
        const string contentTypes = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
            </Types>
            """;
        const string relationships = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>
            """;

        AssertRejected(Zip(("[Content_Types].xml", contentTypes), ("_rels/.rels", relationships)));
    }

    [Fact]
    public void Corrupted_document_xml_is_rejected()
    {
        var corrupted = new MemoryStream();
        using (var original = ConformantDocument.Create())
        {
            original.CopyTo(corrupted);
        }

        using (var archive = new ZipArchive(corrupted, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("word/document.xml").Open(), Encoding.UTF8);
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        }

        corrupted.Position = 0;
        AssertRejected(corrupted);
    }

    [Fact]
    public void Non_seekable_stream_of_a_valid_document_is_checked()
    {
        using var docx = ConformantDocument.Create();
        using var forwardOnly = new ForwardOnlyStream(docx);

        ReportAssert.Conforms(Decree30Checker.Check(forwardOnly));
    }

    private static void AssertRejected(Stream input)
    {
        var exception = Assert.Throws<ConformanceException>(() => Decree30Checker.Check(input));
        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
    }

    private static MemoryStream Zip(params (string Name, string Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(content);
            }
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>Like an HTTP request body: readable once, no seeking.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

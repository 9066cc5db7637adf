using System.IO.Compression;

namespace EmulationDocs.Templating.Packaging;

/// <summary>
/// What one package may cost while it is inspected: bytes actually inflated (zip headers can lie) per entry and in total,
/// the compression ratio of large entries, and XML elements and depth. Crossing a bound throws at once, mid-entry.
/// </summary>
internal sealed class InflationBudget(PackageLimits limits)
{
    private long _totalBytes;
    private long _elements;

    public PackageLimits Limits { get; } = limits;

    public Stream Open(ZipArchiveEntry entry) => new CountingStream(entry.Open(), entry, this);

    public void CountElement(int depth, string part)
    {
        if (depth >= Limits.MaxXmlDepth)
            throw new PackageRejectedException(PackageRefusal.Unsafe,
                $"Thành phần {part} của tệp lồng nhau quá {Limits.MaxXmlDepth} tầng; tệp không do Word hay Excel tạo ra.", part);
        if (++_elements > Limits.MaxXmlElements)
            throw new PackageRejectedException(PackageRefusal.TooLarge, $"Tệp có quá nhiều phần tử (tối đa {Limits.MaxXmlElements:N0}).", part);
    }

    private void Count(ZipArchiveEntry entry, long entryBytes, int read)
    {
        _totalBytes += read;
        if (entryBytes > Limits.MaxEntryUncompressedBytes || _totalBytes > Limits.MaxTotalUncompressedBytes)
            throw new PackageRejectedException(PackageRefusal.TooLarge, "Tệp giải nén ra quá lớn (nghi là tệp nén độc hại – zip bomb).", entry.FullName);
        if (entryBytes > Limits.CompressionRatioFloorBytes && entryBytes > Math.Max(1, entry.CompressedLength) * Limits.MaxCompressionRatio)
            throw new PackageRejectedException(PackageRefusal.TooLarge, "Tệp giải nén ra quá lớn so với kích thước nén (nghi là tệp nén độc hại – zip bomb).", entry.FullName);
    }

    /// <summary>An entry's inflating stream that reports every chunk to the budget before handing it on.</summary>
    private sealed class CountingStream(Stream inner, ZipArchiveEntry entry, InflationBudget budget) : Stream
    {
        private long _bytes;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _bytes; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            _bytes += read;
            budget.Count(entry, _bytes, read);
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}

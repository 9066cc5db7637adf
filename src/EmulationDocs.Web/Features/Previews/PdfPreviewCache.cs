using System.Collections.Concurrent;
using System.Security.Cryptography;
using EmulationDocs.Core.Delivery;

namespace EmulationDocs.Web.Features.Previews;

/// <summary>
/// Converts each stored version once and keeps the most recent PDFs: LibreOffice takes seconds, and a version is
/// typically opened several times (signer, registry, recipients). Keyed by the content hash rather than by the URL,
/// because "version 2" without role and unit means the latest such document and may change.
/// </summary>
public sealed class PdfPreviewCache(IPdfConverter converter, int capacity = 32)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _entries = new();
    private readonly ConcurrentQueue<string> _order = new();

    public Task<byte[]> PdfAsync(byte[] docx, CancellationToken ct)
    {
        var key = Convert.ToHexString(SHA256.HashData(docx));
        var entry = _entries.GetOrAdd(key, k =>
        {
            _order.Enqueue(k);
            // Not the caller's token: a conversion shared by concurrent viewers must not die with the first one.
            return new Lazy<Task<byte[]>>(() => converter.ConvertAsync(docx, CancellationToken.None));
        });
        while (_order.Count > capacity && _order.TryDequeue(out var old)) _entries.TryRemove(old, out _);
        var task = entry.Value;
        // A failed conversion is forgotten so that the next request (e.g. after LibreOffice is installed) tries again.
        _ = task.ContinueWith(_ => _entries.TryRemove(KeyValuePair.Create(key, entry)), CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return task.WaitAsync(ct);
    }
}

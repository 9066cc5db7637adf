using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationDocs.Core.Delivery;

/// <summary>Turns an issued .docx into the PDF sent beside it.</summary>
public interface IPdfConverter
{
    Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken);
}

/// <summary>
/// LibreOffice headless (<c>soffice --headless --convert-to pdf</c>). Each run gets its own user
/// profile folder (two conversions sharing a profile make the second one exit without output), made by
/// <see cref="LibreOfficeProfile"/> so that nothing linked from the document is fetched.
/// </summary>
public sealed partial class LibreOfficePdfConverter(string? executable = null, TimeSpan? timeout = null, ILogger<LibreOfficePdfConverter>? logger = null)
    : IPdfConverter
{
    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromMinutes(2);
    private readonly ILogger _logger = logger ?? NullLogger<LibreOfficePdfConverter>.Instance;

    public async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("edocs-pdf-").FullName;
        try
        {
            var input = Path.Combine(work, "document.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var profile = await LibreOfficeProfile.CreateAsync(Path.Combine(work, "profile"), cancellationToken);
            var start = new ProcessStartInfo(executable ?? FindSoffice()) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "--headless", "--norestore", profile, "--convert-to", "pdf", "--outdir", work, input })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("LibreOffice did not start.");
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(_timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                // Running out of time is a failed conversion, not a cancellation: the caller records it and retries.
                if (!cancellationToken.IsCancellationRequested)
                    throw new TimeoutException($"LibreOffice did not convert the document within {_timeout.TotalSeconds:0.###} s.");
                throw;
            }
            var output = Path.Combine(work, "document.pdf");
            if (process.ExitCode != 0 || !File.Exists(output))
                throw new InvalidOperationException($"LibreOffice could not convert the document (exit {process.ExitCode}): {await stderr}");
            return await File.ReadAllBytesAsync(output, cancellationToken);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException e)
            {
                // The PDF is made; a leftover temporary folder must not fail it.
                LogCleanupFailed(_logger, work, e.Message);
            }
        }
    }

    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning, Message = "Could not remove the conversion folder {Folder}: {Reason}")]
    private static partial void LogCleanupFailed(ILogger logger, string folder, string reason);

    // Not found: starting "soffice" fails, and the failure is recorded as the conversion's.
    private static string FindSoffice() => SofficeLocation.Find() ?? "soffice";
}

/// <summary>
/// Converts each document version once: every recipient of a document gets the same PDF, and
/// LibreOffice takes seconds. Keeps the most recent versions only (issued documents are mailed
/// soon after issuing, then rarely again).
/// </summary>
public sealed class CachedPdfConverter(IPdfConverter inner, int capacity = 32)
{
    private readonly ConcurrentDictionary<long, Lazy<Task<byte[]>>> _cache = new();
    private readonly ConcurrentQueue<long> _order = new();

    public async Task<byte[]> ConvertAsync(long documentVersionId, byte[] docx, CancellationToken cancellationToken)
    {
        var entry = _cache.GetOrAdd(documentVersionId, id =>
        {
            _order.Enqueue(id);
            // Not the caller's token: a conversion shared by several messages must not die with the first caller.
            return new Lazy<Task<byte[]>>(() => ConvertOnceAsync(docx));
        });
        while (_order.Count > capacity && _order.TryDequeue(out var old)) _cache.TryRemove(old, out _);
        var task = entry.Value;
        // A conversion that failed or was cancelled (a time-out) is forgotten so that the next attempt tries again:
        // at once by the caller that saw it fail, and by the continuation when every caller had gone.
        _ = task.ContinueWith(_ => Forget(documentVersionId, entry), CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
        try
        {
            return await task.WaitAsync(cancellationToken);
        }
        catch when (task.IsCompleted && !task.IsCompletedSuccessfully)
        {
            Forget(documentVersionId, entry);
            throw;
        }
    }

    /// <summary>Async so that a converter throwing before its first await fails the task instead of the cached <see cref="Lazy{T}"/>.</summary>
    private async Task<byte[]> ConvertOnceAsync(byte[] docx) => await inner.ConvertAsync(docx, CancellationToken.None);

    private void Forget(long documentVersionId, Lazy<Task<byte[]>> entry) => _cache.TryRemove(KeyValuePair.Create(documentVersionId, entry));
}

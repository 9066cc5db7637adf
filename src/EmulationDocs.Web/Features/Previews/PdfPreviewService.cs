using EmulationDocs.Web.Features.Documents;

namespace EmulationDocs.Web.Features.Previews;

public abstract record PdfPreviewResult
{
    public sealed record NotFound : PdfPreviewResult;

    public sealed record Unavailable(string Message) : PdfPreviewResult;

    public sealed record Pdf(string FileName, byte[] Content) : PdfPreviewResult;
}

/// <summary>A stored version as PDF, with the same visibility rule as its .docx download (the .docx query decides).</summary>
public sealed partial class PdfPreviewService(InstanceQueries instances, LibreOfficeLocator libreOffice, PdfPreviewCache cache,
    ILogger<PdfPreviewService> logger)
{
    public const string MissingLibreOffice = "Chưa cài LibreOffice để xem trước PDF (cài gói libreoffice-writer-nogui).";
    public const string ConversionFailed = "Chưa chuyển được văn bản sang PDF. Vui lòng thử lại sau ít phút hoặc tải tệp .docx.";

    public async Task<PdfPreviewResult> PreviewAsync(Guid id, int version, string? role, string? unit, CancellationToken ct)
    {
        // Visibility first: an invisible document is 404 whether or not LibreOffice is installed.
        if (await instances.DocxAsync(id, version, role, unit, ct) is not { } file) return new PdfPreviewResult.NotFound();
        if (libreOffice.Executable is null) return new PdfPreviewResult.Unavailable(MissingLibreOffice);
        try
        {
            var pdf = await cache.PdfAsync(file.Content, ct);
            return new PdfPreviewResult.Pdf(Path.ChangeExtension(file.FileName, ".pdf"), pdf);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            // A slow or failing LibreOffice is the server's state, not a fault in the request: 503, and the .docx stays available.
            LogConversionFailed(logger, id, version, e.Message);
            return new PdfPreviewResult.Unavailable(ConversionFailed);
        }
    }

    [LoggerMessage(EventId = 3310, Level = LogLevel.Warning, Message = "PDF preview of {InstanceId} version {Version} failed: {Reason}")]
    private static partial void LogConversionFailed(ILogger logger, Guid instanceId, int version, string reason);

    public static string Url(Guid id, int version, string role, string unit) =>
        $"/Documents/{id}/versions/{version}/pdf?role={Uri.EscapeDataString(role)}&unit={Uri.EscapeDataString(unit)}";
}

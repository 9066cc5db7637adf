using EmulationDocs.Web.Features.Documents;

namespace EmulationDocs.Web.Features.Previews;

public abstract record PdfPreviewResult
{
    public sealed record NotFound : PdfPreviewResult;

    public sealed record Unavailable(string Message) : PdfPreviewResult;

    public sealed record Pdf(string FileName, byte[] Content) : PdfPreviewResult;
}

/// <summary>A stored version as PDF, with the same visibility rule as its .docx download (the .docx query decides).</summary>
public sealed class PdfPreviewService(InstanceQueries instances, LibreOfficeLocator libreOffice, PdfPreviewCache cache)
{
    public const string MissingLibreOffice = "Chưa cài LibreOffice để xem trước PDF (cài gói libreoffice-writer-nogui).";

    public async Task<PdfPreviewResult> PreviewAsync(Guid id, int version, string? role, string? unit, CancellationToken ct)
    {
        // Visibility first: an invisible document is 404 whether or not LibreOffice is installed.
        if (await instances.DocxAsync(id, version, role, unit, ct) is not { } file) return new PdfPreviewResult.NotFound();
        if (libreOffice.Executable is null) return new PdfPreviewResult.Unavailable(MissingLibreOffice);
        var pdf = await cache.PdfAsync(file.Content, ct);
        return new PdfPreviewResult.Pdf(Path.ChangeExtension(file.FileName, ".pdf"), pdf);
    }

    public static string Url(Guid id, int version, string role, string unit) =>
        $"/Documents/{id}/versions/{version}/pdf?role={Uri.EscapeDataString(role)}&unit={Uri.EscapeDataString(unit)}";
}

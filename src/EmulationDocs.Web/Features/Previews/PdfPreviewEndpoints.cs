using EmulationDocs.Core.Delivery;
using EmulationDocs.Web.Features.Authorization;
using Microsoft.Net.Http.Headers;

namespace EmulationDocs.Web.Features.Previews;

/// <summary>The PDF preview under the document pages (cookie) and under the API (bearer or cookie); one handler for both.</summary>
public static class PdfPreviewEndpoints
{
    public static IServiceCollection AddPdfPreviews(this IServiceCollection services)
    {
        services.AddSingleton<LibreOfficeLocator>();
        services.AddSingleton<PrintFonts>();
        services.AddSingleton(sp => new PdfPreviewCache(new LibreOfficePdfConverter(sp.GetRequiredService<LibreOfficeLocator>().Executable,
            sp.GetRequiredService<IConfiguration>().GetValue<TimeSpan?>("Previews:ConversionTimeout"),
            sp.GetRequiredService<ILogger<LibreOfficePdfConverter>>())));
        services.AddScoped<PdfPreviewService>();
        return services;
    }

    public static WebApplication MapPdfPreviews(this WebApplication app)
    {
        app.MapGet("/Documents/{id:guid}/versions/{version:int}/pdf", PreviewAsync).RequireAuthorization(AccessPolicies.ReadDocument).ExcludeFromDescription();
        app.MapGet("/api/instances/{id:guid}/versions/{version:int}/pdf", PreviewAsync).RequireAuthorization(AccessPolicies.ReadDocument).WithTags("EmulationDocs")
            .WithSummary("One version of the document converted to PDF by LibreOffice, inline (503 when LibreOffice is not installed).");
        return app;
    }

    private static async Task<IResult> PreviewAsync(Guid id, int version, string? role, string? unit, PdfPreviewService previews, HttpContext http, CancellationToken ct)
    {
        switch (await previews.PreviewAsync(id, version, role, unit, ct))
        {
            case PdfPreviewResult.Pdf pdf:
                // Inline so the browser shows it in a tab; the file name still applies when the user saves it.
                var disposition = new ContentDispositionHeaderValue("inline");
                disposition.SetHttpFileName(pdf.FileName);
                http.Response.Headers.ContentDisposition = disposition.ToString();
                return Results.Bytes(pdf.Content, "application/pdf");
            case PdfPreviewResult.Unavailable unavailable:
                return Results.Problem(detail: unavailable.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
            default:
                return Results.Problem(detail: "Không tìm thấy văn bản.", statusCode: StatusCodes.Status404NotFound);
        }
    }
}

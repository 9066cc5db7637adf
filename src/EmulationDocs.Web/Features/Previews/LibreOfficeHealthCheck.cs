using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EmulationDocs.Web.Features.Previews;

/// <summary>
/// Reports on <c>/health</c> whether LibreOffice is installed (without it there are no previews and no PDF beside
/// e-mailed documents) and whether it has a Times-metric font with Vietnamese letters (without one every PDF mixes fonts).
/// </summary>
public sealed class LibreOfficeHealthCheck(LibreOfficeLocator libreOffice, PrintFonts fonts) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(libreOffice.Executable is null
            ? HealthCheckResult.Degraded("LibreOffice (soffice) was not found: no PDF previews, and e-mails wait for their PDF.")
            : fonts.HaveVietnameseSerif
                ? HealthCheckResult.Healthy("LibreOffice is installed, with a Times-metric font that has the Vietnamese letters.")
                : HealthCheckResult.Degraded("No Times New Roman-metric font with Vietnamese letters (install fonts-liberation2): PDFs mix fonts."));
}

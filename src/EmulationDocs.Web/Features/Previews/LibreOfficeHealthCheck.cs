using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EmulationDocs.Web.Features.Previews;

/// <summary>Reports on <c>/health</c> whether LibreOffice is installed: without it there are no previews and no PDF beside e-mailed documents.</summary>
public sealed class LibreOfficeHealthCheck(LibreOfficeLocator libreOffice) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(libreOffice.Executable is null
            ? HealthCheckResult.Degraded("LibreOffice (soffice) was not found: no PDF previews, and e-mails wait for their PDF.")
            : HealthCheckResult.Healthy("LibreOffice is installed."));
}

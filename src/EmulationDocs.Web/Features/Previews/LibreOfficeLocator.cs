using EmulationDocs.Core.Delivery;

namespace EmulationDocs.Web.Features.Previews;

/// <summary>
/// Finds soffice before a conversion is attempted, so a server without LibreOffice answers a clear 503 instead of a
/// process start failure. <c>Previews:SofficePath</c> overrides the search.
/// </summary>
public sealed class LibreOfficeLocator(IConfiguration configuration)
{
    public string? Executable { get; } = SofficeLocation.Find(configuration["Previews:SofficePath"]);
}

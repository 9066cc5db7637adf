namespace EmulationDocs.Web.Hosting;

/// <summary>
/// Headers that keep pages from being framed (clickjacking on "Đồng ý"), sniffed or leaking their address. The API
/// reference runs an inline module script, so only its path allows inline scripts.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ApiReferencePath = "/api-reference";

    private const string StrictPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiReferencePath) ? ApiReferencePolicy : StrictPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        return next(context);
    }
}

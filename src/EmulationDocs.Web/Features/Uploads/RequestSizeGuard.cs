using Microsoft.AspNetCore.Http.Metadata;

namespace EmulationDocs.Web.Features.Uploads;

/// <summary>
/// Refuses a request whose declared length exceeds its endpoint's size limit before anything reads the body. Otherwise
/// the antiforgery check reads the form first, hits the limit and answers a bare 400; here the user gets 413 with the
/// limit in Vietnamese (the status page for pages, problem details for the API) and nothing is stored.
/// </summary>
public sealed class RequestSizeGuard(RequestDelegate next, ILogger<RequestSizeGuard> logger)
{
    /// <summary>Where the refused limit is left for the status page that re-executes the request.</summary>
    public const string LimitItem = "EmulationDocs.RequestSizeLimit";

    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        if (limit is not { } max || context.Request.ContentLength is not { } length || length <= max) return next(context);

        logger.LogWarning("Refused {Method} {Path}: {Length} bytes over the limit of {Limit}", context.Request.Method, context.Request.Path, length, max);
        context.Items[LimitItem] = max;
        // The body is not read; closing the connection after the answer stops the client sending the rest.
        context.Response.Headers.Connection = "close";
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        return Results.Problem(detail: Message(max), statusCode: StatusCodes.Status413PayloadTooLarge, title: "Dữ liệu quá lớn").ExecuteAsync(context);
    }

    public static string Message(long limit) =>
        $"Tệp gửi lên quá lớn: tối đa {(limit >= 1024 * 1024 ? $"{limit / (1024 * 1024)} MB" : $"{limit / 1024} KB")}. Không có gì được lưu.";
}

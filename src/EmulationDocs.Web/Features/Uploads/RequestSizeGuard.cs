using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace EmulationDocs.Web.Features.Uploads;

/// <summary>
/// Refuses a request longer than its endpoint's size limit before anything reads the body. Otherwise the antiforgery
/// check reads the form first, hits the limit and answers a bare 400, and a JSON body over the limit aborts the
/// connection; here the user gets 413 with the limit in Vietnamese (the status page for pages, problem details for the
/// API) and nothing is stored. A body without a declared length (chunked) is read up to the limit first.
/// </summary>
public sealed partial class RequestSizeGuard(RequestDelegate next, ILogger<RequestSizeGuard> logger)
{
    /// <summary>Where the refused limit is left for the status page that re-executes the request.</summary>
    public const string LimitItem = "EmulationDocs.RequestSizeLimit";

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        if (limit is not { } max || context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            await next(context);
            return;
        }
        if (context.Request.ContentLength is { } length)
        {
            if (length > max)
            {
                LogRefused(logger, context.Request.Method, context.Request.Path, length, max);
                await RefuseAsync(context, max);
                return;
            }
        }
        else if (await ReadUpToAsync(context.Request.Body, max, context.RequestAborted) is { } body)
        {
            context.Response.RegisterForDispose(body);
            context.Request.Body = body;
            context.Request.ContentLength = body.Length;
        }
        else
        {
            LogRefusedUndeclared(logger, context.Request.Method, context.Request.Path, max);
            await RefuseAsync(context, max);
            return;
        }
        await next(context);
    }

    public static string Message(long limit) => $"Tệp gửi lên quá lớn: tối đa {Size(limit)}. Không có gì được lưu.";

    private static string Size(long limit) => limit >= 1024 * 1024 ? $"{limit / (1024 * 1024)} MB" : $"{limit / 1024} KB";

    private static Task RefuseAsync(HttpContext context, long max)
    {
        context.Items[LimitItem] = max;
        // The rest of the body is not read; closing the connection after the answer stops the client sending it.
        context.Response.Headers.Connection = "close";
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        var detail = context.Request.HasJsonContentType()
            ? $"Dữ liệu gửi lên quá lớn: tối đa {Size(max)}. Không có gì được lưu."
            : Message(max);
        return Results.Problem(detail: detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Dữ liệu quá lớn").ExecuteAsync(context);
    }

    /// <summary>The whole body in memory, or null as soon as it passes <paramref name="max"/> bytes.</summary>
    private static async Task<MemoryStream?> ReadUpToAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                await buffer.DisposeAsync();
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return buffer;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Refused {Method} {Path}: {Length} bytes over the limit of {Limit}")]
    private static partial void LogRefused(ILogger logger, string method, PathString path, long length, long limit);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Refused {Method} {Path}: a body without declared length passed the limit of {Limit} bytes")]
    private static partial void LogRefusedUndeclared(ILogger logger, string method, PathString path, long limit);
}

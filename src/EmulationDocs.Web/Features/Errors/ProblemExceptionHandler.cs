using Microsoft.AspNetCore.Diagnostics;

namespace EmulationDocs.Web.Features.Errors;

/// <summary>
/// Maps every exception that leaves an endpoint once, through <see cref="ErrorProblem"/>: API requests get the problem
/// details; pages get the Vietnamese status page for the same status. Refusals are logged as information, failures as errors.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; the path asked for is in its feature.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value ?? "";
        var problem = ErrorProblem.From(exception);
        var status = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (status >= StatusCodes.Status500InternalServerError) LogFailure(logger, exception, path);
        else LogRefusal(logger, status, exception.GetType().Name, exception.Message, path);
        context.Response.StatusCode = status;
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            // Pages show the status page (Pages/Status), which explains the status in Vietnamese; the re-execution is the
            // exception handler's own, with the error feature set for it.
            return false;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Error, Message = "Request {Path} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Request {Path} refused with {Status}: {Kind} {Reason}")]
    private static partial void LogRefusal(ILogger logger, int status, string kind, string reason, string path);
}

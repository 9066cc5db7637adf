using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Templating.Packaging;
using EmulationDocs.Web.Features.Documents;

namespace EmulationDocs.Web.Api;

/// <summary>
/// The engine's refusals as HTTP answers, with the Vietnamese message for the user in <c>detail</c>: not found 404,
/// not allowed 403, conflict 409, incomplete or invalid data 400 (with each violation), an uploaded Office file refused by
/// its package inspection 413 (too large) or 400.
/// </summary>
public static class ApiErrors
{
    public static async Task<IResult> GuardAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (WorkflowException ex)
        {
            var status = ex switch
            {
                WorkflowNotFoundException => StatusCodes.Status404NotFound,
                ActionNotAllowedException => StatusCodes.Status403Forbidden,
                ConcurrencyConflictException or IdempotencyKeyConflictException => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            };
            return Results.Problem(detail: ex.UserMessage, statusCode: status, title: Title(status));
        }
        catch (DocumentDataException ex)
        {
            return Results.ValidationProblem(
                ex.Violations.GroupBy(v => v.Path).ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()),
                detail: "Dữ liệu văn bản không đúng mẫu.", title: Title(StatusCodes.Status400BadRequest));
        }
        catch (IncompleteDraftException ex)
        {
            return Results.Problem(detail: ex.Message, statusCode: StatusCodes.Status400BadRequest, title: Title(StatusCodes.Status400BadRequest),
                extensions: new Dictionary<string, object?> { ["missing"] = ex.Missing });
        }
        catch (ArgumentException ex)
        {
            return Results.Problem(detail: ex.Message, statusCode: StatusCodes.Status400BadRequest, title: Title(StatusCodes.Status400BadRequest));
        }
        catch (PackageRejectedException ex)
        {
            return PackageRefused(ex);
        }
    }

    /// <summary>An uploaded .docx or .xlsx refused before it was parsed: 413 when it is too large, 400 otherwise.</summary>
    public static IResult PackageRefused(PackageRejectedException refusal)
    {
        var status = refusal.Refusal == PackageRefusal.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        return Results.Problem(detail: refusal.Message, statusCode: status, title: Title(status));
    }

    private static string Title(int status) => status switch
    {
        StatusCodes.Status404NotFound => "Không tìm thấy",
        StatusCodes.Status403Forbidden => "Không được phép",
        StatusCodes.Status409Conflict => "Xung đột",
        StatusCodes.Status413PayloadTooLarge => "Dữ liệu quá lớn",
        _ => "Yêu cầu không hợp lệ",
    };
}

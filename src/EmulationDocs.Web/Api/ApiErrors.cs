using EmulationDocs.Templating.Packaging;
using EmulationDocs.Web.Features.Errors;

namespace EmulationDocs.Web.Api;

/// <summary>
/// For the administration endpoints that still answer their refusals themselves: the same mapping as the exception handler
/// (<see cref="ErrorProblem"/>); anything that is not a refusal goes on to the handler. An uploaded Office file refused by
/// its package inspection answers 413 (too large) or 400; an argument refused by the organisation's rules 400.
/// </summary>
public static class ApiErrors
{
    public static async Task<IResult> GuardAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ErrorProblem.IsRefusal(ex))
        {
            return TypedResults.Problem(ErrorProblem.From(ex));
        }
        catch (ArgumentException ex)
        {
            return TypedResults.Problem(detail: ex.Message, statusCode: StatusCodes.Status400BadRequest, title: ErrorProblem.Title(StatusCodes.Status400BadRequest));
        }
    }

    /// <summary>An uploaded .docx or .xlsx refused before it was parsed: 413 when it is too large, 400 otherwise.</summary>
    public static IResult PackageRefused(PackageRejectedException refusal) => TypedResults.Problem(ErrorProblem.From(refusal));
}

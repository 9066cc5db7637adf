using EmulationDocs.Web.Features.Errors;

namespace EmulationDocs.Web.Api;

/// <summary>
/// For the administration endpoints that still answer their refusals themselves: the same mapping as the exception handler
/// (<see cref="ErrorProblem"/>); anything that is not a refusal goes on to the handler.
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
    }
}

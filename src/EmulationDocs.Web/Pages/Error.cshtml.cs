using EmulationDocs.Web.Features.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages;

/// <summary>
/// The page a failed page request is re-executed to: the refusal's status and Vietnamese message from the one error model
/// (<see cref="ErrorProblem"/>), or a generic sentence. No exception text or request id is shown.
/// </summary>
[AllowAnonymous]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Đã có lỗi xảy ra";

    public string Detail { get; private set; } = ErrorProblem.Unexpected;

    public void OnGet()
    {
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is not { } error) return;
        var problem = ErrorProblem.From(error);
        Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        Heading = problem.Title ?? Heading;
        Detail = problem.Detail ?? Detail;
    }

    public void OnPost() => OnGet();
}

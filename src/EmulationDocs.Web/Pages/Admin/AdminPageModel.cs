using EmulationDocs.Core.Organisation;
using EmulationDocs.Web.Features.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages.Admin;

/// <summary>
/// The administration pages' common ground: 403 for users who administer nothing (or, with
/// <see cref="OrganisationWideOnly"/>, no top-level unit), 404 for what lies outside the subtree, and commands that
/// redirect with a notice when done or show the refusal beside the form.
/// </summary>
public abstract class AdminPageModel(AdminAccess access) : PageModel
{
    /// <summary>The Vietnamese problems of the refused command, one per line.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    protected AdminAccess Access => access;

    protected virtual bool OrganisationWideOnly => false;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var ct = context.HttpContext.RequestAborted;
        // 403 rather than 404: the pages' existence is no secret, only their use is restricted.
        if (!(OrganisationWideOnly ? await access.ManagesOrganisationWideAsync(ct) : await access.IsAdministratorAsync(ct)))
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }
        var executed = await next();
        if (executed.Exception is AdminNotFoundException)
        {
            executed.Result = NotFound();
            executed.ExceptionHandled = true;
        }
    }

    /// <summary>
    /// Runs a command: on success a notice and a redirect (so a reload does not repeat it); refused, the page again with
    /// the problems and what was typed, 422 (403 when the refusal is about permission).
    /// </summary>
    protected async Task<IActionResult> CommandAsync(Func<Task> command, string notice, Func<IActionResult> redirect, Func<Task> reload)
    {
        try
        {
            await command();
            TempData["Notice"] = notice;
            return redirect();
        }
        catch (OrganisationException ex)
        {
            return await RefusedAsync(ex.UserMessage.Split('\n'), StatusCodes.Status422UnprocessableEntity, reload);
        }
        catch (AdminForbiddenException ex)
        {
            return await RefusedAsync([ex.UserMessage], StatusCodes.Status403Forbidden, reload);
        }
    }

    private async Task<IActionResult> RefusedAsync(IReadOnlyList<string> errors, int status, Func<Task> reload)
    {
        Errors = errors;
        await reload();
        Response.StatusCode = status;
        return Page();
    }
}

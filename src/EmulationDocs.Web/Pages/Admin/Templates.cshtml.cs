using EmulationDocs.Web.Features.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages.Admin;

/// <summary>Quản trị › Mẫu văn bản: the template list and the upload form (administrators of a top-level unit only).</summary>
// The whole request (file plus form fields and multipart overhead) is bounded, not only the file.
[RequestSizeLimit(TemplateCheck.MaxUploadBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = TemplateCheck.MaxUploadBytes + 64 * 1024)]
public sealed class TemplatesModel(TemplateLibrary library, AdminAccess access) : PageModel
{
    public IReadOnlyList<TemplateRow> Templates { get; private set; } = [];

    public TemplateUploadOutcome? Outcome { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // 403 rather than 404: the page's existence is no secret, only its use is restricted.
        if (!await access.ManagesOrganisationWideAsync(context.HttpContext.RequestAborted))
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }
        await next();
    }

    public void OnGet() => Templates = library.List();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, IFormFile? contract, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Outcome = new TemplateUploadOutcome(false, ["Hãy chọn tệp mẫu (.docx)."], []);
        }
        else if (file.Length + (contract?.Length ?? 0) > TemplateCheck.MaxUploadBytes || contract?.Length > TemplateCheck.MaxContractBytes)
        {
            Outcome = new TemplateUploadOutcome(false, ["Tệp mẫu và mô tả dữ liệu cộng lại tối đa 10 MB (mô tả dữ liệu tối đa 1 MB)."], []);
        }
        else
        {
            var contractFile = contract is { Length: > 0 } ? new UploadedFile(contract.FileName, await ReadAsync(contract, ct)) : null;
            Outcome = await library.UploadAsync(Name, new UploadedFile(file.FileName, await ReadAsync(file, ct)), contractFile, ct);
        }
        Templates = library.List();
        // The outcome (warnings included) is shown on this response; a refused upload keeps the name for correction.
        if (!Outcome.Stored) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}

using System.Text;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Web.Features.Admin;
using Microsoft.AspNetCore.Mvc;

namespace EmulationDocs.Web.Pages.Admin;

/// <summary>Quản trị › Quy trình (administrators of a top-level unit): versions of every definition and publishing a new one.</summary>
[RequestSizeLimit(WorkflowAdministration.MaxJsonBytes * 2 + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = WorkflowAdministration.MaxJsonBytes * 2 + 64 * 1024, ValueLengthLimit = WorkflowAdministration.MaxJsonBytes)]
public sealed class WorkflowsModel(AdminAccess access, WorkflowAdministration workflows) : AdminPageModel(access)
{
    protected override bool OrganisationWideOnly => true;

    [BindProperty]
    public string? Json { get; set; }

    public IReadOnlyList<DefinitionRow> Definitions { get; private set; } = [];

    /// <summary>The refused definition's problems, each with its step and property.</summary>
    public IReadOnlyList<DefinitionProblem> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Definitions = await workflows.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is { Length: > 0 })
        {
            if (file.Length > WorkflowAdministration.MaxJsonBytes) return await RefuseAsync("Tệp lớn hơn giới hạn 512 KB.", ct);
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            Json = await reader.ReadToEndAsync(ct);
        }
        if (string.IsNullOrWhiteSpace(Json)) return await RefuseAsync("Hãy dán nội dung JSON của quy trình hoặc chọn tệp .json.", ct);
        try
        {
            var outcome = await workflows.PublishAsync(Json, ct);
            var definition = outcome.Definition;
            TempData["Notice"] = outcome.IsNew
                ? $"Đã phát hành quy trình \"{definition.Name}\" ({definition.Id}) phiên bản {definition.Version}. Văn bản mới sẽ dùng phiên bản này; văn bản đang xử lý giữ phiên bản cũ."
                : $"Nội dung giống phiên bản {definition.Version} hiện hành của \"{definition.Name}\" nên không tạo phiên bản mới.";
            return Redirect($"/Admin/Workflows/{definition.Id}/{definition.Version}");
        }
        catch (DefinitionException ex)
        {
            Problems = ex.Problems;
            return await RefuseAsync($"Quy trình có {ex.Problems.Count} lỗi nên chưa được phát hành:", ct);
        }
    }

    private async Task<IActionResult> RefuseAsync(string message, CancellationToken ct)
    {
        Message = message;
        Definitions = await workflows.ListAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public string? Message { get; private set; }
}

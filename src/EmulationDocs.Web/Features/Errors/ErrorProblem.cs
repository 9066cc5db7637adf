using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Templating.Packaging;
using EmulationDocs.Web.Features.Admin;
using EmulationDocs.Web.Features.Documents;
using Microsoft.AspNetCore.Mvc;

namespace EmulationDocs.Web.Features.Errors;

/// <summary>
/// The one error model: each refusal Core (and the Web features) throw, as an RFC 7807 problem with its status and the
/// Vietnamese message for the user in <c>detail</c>. Not found 404, not allowed 403, conflict 409, invalid or incomplete
/// data 400 (with each violation), an uploaded Office file refused by its package inspection 413 (too large) or 400. Anything else is 500 with a generic sentence: no exception text or id reaches a user.
/// </summary>
public static class ErrorProblem
{
    public const string Unexpected = "Hệ thống chưa xử lý được yêu cầu. Vui lòng thử lại sau.";

    public static ProblemDetails From(Exception exception) => exception switch
    {
        WorkflowNotFoundException e => Problem(StatusCodes.Status404NotFound, e.UserMessage),
        ActionNotAllowedException e => Problem(StatusCodes.Status403Forbidden, e.UserMessage),
        ConcurrencyConflictException e => Problem(StatusCodes.Status409Conflict, e.UserMessage),
        IdempotencyKeyConflictException e => Problem(StatusCodes.Status409Conflict, e.UserMessage),
        WorkflowException e => Problem(StatusCodes.Status400BadRequest, e.UserMessage),
        AdminNotFoundException e => Problem(StatusCodes.Status404NotFound, e.UserMessage),
        AdminForbiddenException e => Problem(StatusCodes.Status403Forbidden, e.UserMessage),
        OrganisationException e => Problem(StatusCodes.Status400BadRequest, e.UserMessage),
        DocumentDataException e => new ValidationProblemDetails(
            e.Violations.GroupBy(v => v.Path).ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest, Title = Title(StatusCodes.Status400BadRequest), Detail = "Dữ liệu văn bản không đúng mẫu.",
        },
        PackageRejectedException e => Problem(
            e.Refusal == PackageRefusal.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, e.Message),
        IncompleteDraftException e => WithMissing(Problem(StatusCodes.Status400BadRequest, e.Message), e.Missing),
        BadHttpRequestException e => Problem(e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? "Dữ liệu gửi lên quá lớn. Không có gì được lưu."
            : "Yêu cầu gửi lên không đúng định dạng."),
        _ => Problem(StatusCodes.Status500InternalServerError, Unexpected),
    };

    /// <summary>Whether the exception is a refusal the user caused (logged as such), not a failure of the system.</summary>
    public static bool IsRefusal(Exception exception) => From(exception).Status < StatusCodes.Status500InternalServerError;

    public static string Title(int status) => status switch
    {
        StatusCodes.Status404NotFound => "Không tìm thấy",
        StatusCodes.Status403Forbidden => "Không được phép",
        StatusCodes.Status409Conflict => "Xung đột",
        StatusCodes.Status413PayloadTooLarge => "Dữ liệu quá lớn",
        >= StatusCodes.Status500InternalServerError => "Lỗi hệ thống",
        _ => "Yêu cầu không hợp lệ",
    };

    private static ProblemDetails Problem(int status, string detail) => new() { Status = status, Title = Title(status), Detail = detail };

    private static ProblemDetails WithMissing(ProblemDetails problem, IReadOnlyList<string> missing)
    {
        problem.Extensions["missing"] = missing;
        return problem;
    }
}

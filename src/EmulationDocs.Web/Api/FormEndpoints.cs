using EmulationDocs.Templating.Packaging;
using EmulationDocs.Web.Features.Documents;
using EmulationDocs.Web.Features.Tables;

namespace EmulationDocs.Web.Api;

/// <summary>The lists of a template's contract as spreadsheets: the sample sheet to fill, and the import of a filled one.</summary>
public static class FormEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapFormEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/templates/{template}/tables/{field}/sample.xlsx", (string template, string field, DocumentForms forms) =>
                forms.ForTemplate(template) is { } form && form.Table(field) is { } table
                    ? Results.File(form.SampleSheet(table), XlsxType, $"mau-{template}-{field}.xlsx")
                    : NotFound())
            .WithSummary("A sample sheet for a list of the template's contract (award candidates): the column headings to fill.");

        // Reads the upload and answers with data; it changes nothing stored, so a cross-site form posting it gains nothing,
        // and the form is read by hand (no form binding) to keep the API free of antiforgery tokens like the JSON endpoints.
        api.MapPost("/templates/{template}/tables/{field}/import", async (string template, string field, HttpRequest request, DocumentForms forms, CancellationToken ct) =>
            {
                if (forms.ForTemplate(template) is not { } form || form.Table(field) is not { } table) return NotFound();
                if (!request.HasFormContentType) return BadRequest("Hãy gửi tệp .xlsx trong trường «file» (multipart/form-data).", []);
                var upload = (await request.ReadFormAsync(ct)).Files.GetFile("file");
                if (upload is not { Length: > 0 }) return BadRequest("Hãy gửi tệp .xlsx trong trường «file» (multipart/form-data).", []);
                try
                {
                    await using var stream = upload.OpenReadStream();
                    var (list, rows) = form.Import(table, stream);
                    return Results.Ok(new { field, rows, value = list });
                }
                catch (SpreadsheetException ex)
                {
                    return BadRequest(ex.Message, []);
                }
                catch (PackageRejectedException ex)
                {
                    return ApiErrors.PackageRefused(ex);
                }
                catch (TableImportException ex)
                {
                    return BadRequest("Bảng tính có dòng không hợp lệ; chưa dòng nào được nhập.", ex.Problems);
                }
            })
            .WithSummary("Reads an .xlsx (first row: column headings; 10 MB at most) into the list's JSON value, or 400 with every bad row and column.")
            // The file plus multipart overhead; refused by RequestSizeGuard before the body is read, like every upload.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(XlsxSheet.MaxUploadBytes + 64 * 1024))
            .DisableAntiforgery();
        return api;
    }

    private static IResult BadRequest(string detail, IReadOnlyList<string> problems) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Yêu cầu không hợp lệ",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });

    private static IResult NotFound() => Results.Problem(detail: "Không có danh sách này trong mẫu văn bản.", statusCode: StatusCodes.Status404NotFound);
}

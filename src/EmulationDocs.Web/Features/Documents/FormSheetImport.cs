using System.Text.Json.Nodes;
using EmulationDocs.Templating.Packaging;
using EmulationDocs.Web.Features.Tables;

namespace EmulationDocs.Web.Features.Documents;

/// <summary>
/// The "Nhập từ Excel" button of a generated form: the sheet uploaded for one list, appended to the rows already in the form
/// or replacing them (<c>importMode</c>). A bad sheet changes nothing in the form and says why, row by row.
/// </summary>
public static class FormSheetImport
{
    public const string ModeField = "importMode";
    public const string Replace = "replace";

    /// <summary>The file input of the list with form key <paramref name="key"/>.</summary>
    public static string FileField(string key) => key + ".sheet";

    /// <summary>Imports into <paramref name="data"/>; returns the notice to show, or adds the problems to <paramref name="errors"/>.</summary>
    public static string? Apply(DocumentForm form, JsonObject data, string key, IFormCollection posted, List<string> errors)
    {
        var name = ContractForm.PathOf(key);
        if (form.Table(name) is not { } table)
        {
            errors.Add("Danh sách này không nhập được từ bảng tính.");
            return null;
        }
        if (posted.Files.GetFile(FileField(key)) is not { Length: > 0 } file)
        {
            errors.Add("Chưa chọn tệp bảng tính (.xlsx) để nhập.");
            return null;
        }
        if (file.Length > XlsxSheet.MaxUploadBytes)
        {
            errors.Add($"Tệp lớn hơn giới hạn {XlsxSheet.MaxUploadBytes / (1024 * 1024)} MB.");
            return null;
        }
        try
        {
            using var stream = file.OpenReadStream();
            var (list, rows) = form.Import(table, stream);
            var replace = posted[ModeField] == Replace;
            if (!replace && data[name] is JsonArray existing) list = table.List([.. table.Rows(existing), .. table.Rows(list)]);
            data[name] = list;
            return replace
                ? $"Đã nhập {rows} dòng từ tệp {file.FileName}, thay thế danh sách cũ."
                : $"Đã nhập {rows} dòng từ tệp {file.FileName}, thêm vào cuối danh sách.";
        }
        catch (SpreadsheetException ex)
        {
            errors.Add($"Không nhập được tệp {file.FileName}: {ex.Message}");
        }
        catch (PackageRejectedException ex)
        {
            errors.Add($"Không nhập được tệp {file.FileName}: {ex.Message}");
        }
        catch (TableImportException ex)
        {
            errors.Add($"Không nhập được tệp {file.FileName}; chưa dòng nào được nhập:");
            errors.AddRange(ex.Problems);
        }
        return null;
    }
}

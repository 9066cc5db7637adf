using System.Text;
using System.Text.RegularExpressions;
using EmulationDocs.Web.Features.Documents;
using EmulationDocs.Web.Hosting;

namespace EmulationDocs.Web.Features.Admin;

/// <summary>A template in the list; <see cref="Usable"/> when it has a data contract, so workflow definitions may name it.</summary>
public sealed record TemplateRow(string Name, string Kind, long Size, bool Uploaded, bool Usable);

public sealed record TemplateUploadOutcome(bool Stored, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);

/// <summary>An uploaded file: its name as the browser sent it and its bytes.</summary>
public sealed record UploadedFile(string FileName, byte[] Content);

/// <summary>
/// The repository's templates/ (read-only here) and the uploaded ones under <c>&lt;DataDirectory&gt;/uploaded-templates</c>.
/// Uploads never go to templates/: that folder belongs to the deployed release and its contracts. An upload with its data
/// contract becomes usable in workflow definitions and the new-document form; one without stays listed, unusable.
/// </summary>
public sealed partial class TemplateLibrary(ProductPaths paths, ContractCatalog contracts)
{
    public string UploadDirectory => paths.UploadedTemplates;

    public IReadOnlyList<TemplateRow> List()
    {
        var repository = Files(paths.Templates).Select(f => Row(f, uploaded: false));
        var uploaded = Files(UploadDirectory).Select(f => Row(f, uploaded: true));
        return repository.Concat(uploaded).OrderBy(r => r.Uploaded).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<TemplateUploadOutcome> UploadAsync(string? name, UploadedFile template, UploadedFile? contract, CancellationToken ct)
    {
        name = name?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(name) || !NamePattern().IsMatch(name))
            return Refused("Tên mẫu chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: ke-hoach-thi-dua), tối đa 64 ký tự.");
        if (List().Any(t => t.Name == name))
            return Refused($"Đã có mẫu tên \"{name}\"; hãy chọn tên khác.");
        if (!string.Equals(Path.GetExtension(template.FileName), ".docx", StringComparison.OrdinalIgnoreCase))
            return Refused(string.Equals(Path.GetExtension(template.FileName), ".docm", StringComparison.OrdinalIgnoreCase)
                ? "Tệp có macro (.docm/.dotm) không được chấp nhận; hãy lưu thành .docx."
                : "Chỉ nhận tệp Word (.docx).");
        if (contract is not null && !string.Equals(Path.GetExtension(contract.FileName), ".json", StringComparison.OrdinalIgnoreCase))
            return Refused("Mô tả dữ liệu phải là tệp .json (ví dụ: directive.contract.json trong thư mục templates).");
        var check = TemplateCheck.Run(template.Content, contract is null ? null : Encoding.UTF8.GetString(contract.Content));
        if (!check.Accepted) return new TemplateUploadOutcome(false, check.Errors, check.Warnings);

        Directory.CreateDirectory(UploadDirectory);
        // Each file is written beside its target then moved; the contract first, so a listed .docx never lacks the contract it came with.
        var contractTarget = Path.Combine(UploadDirectory, name + ".contract.json");
        if (contract is not null && !await PlaceAsync(contractTarget, contract.Content, ct))
            return Refused($"Đã có mẫu tên \"{name}\"; hãy chọn tên khác.");
        if (!await PlaceAsync(Path.Combine(UploadDirectory, name + ".docx"), template.Content, ct))
        {
            if (contract is not null) File.Delete(contractTarget);
            return Refused($"Đã có mẫu tên \"{name}\"; hãy chọn tên khác.");
        }
        return new TemplateUploadOutcome(true, [], check.Warnings);
    }

    /// <returns>False when the target appeared meanwhile (a concurrent upload of the same name won).</returns>
    private static async Task<bool> PlaceAsync(string target, byte[] content, CancellationToken ct)
    {
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, ct);
        try
        {
            File.Move(temporary, target, overwrite: false);
            return true;
        }
        catch (IOException)
        {
            File.Delete(temporary);
            return false;
        }
    }

    private TemplateRow Row(FileInfo file, bool uploaded)
    {
        var contract = contracts.For(Name(file));
        return new TemplateRow(Name(file), contract?.Kind is { Length: > 0 } kind ? kind : "—", file.Length, uploaded, contract is not null);
    }

    private static TemplateUploadOutcome Refused(string message) => new(false, [message], []);

    private static IEnumerable<FileInfo> Files(string directory) =>
        Directory.Exists(directory) ? new DirectoryInfo(directory).EnumerateFiles("*.docx") : [];

    private static string Name(FileInfo file) => Path.GetFileNameWithoutExtension(file.Name);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex NamePattern();
}

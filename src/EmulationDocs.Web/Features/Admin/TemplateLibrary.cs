using System.Text.RegularExpressions;
using EmulationDocs.Web.Features.Documents;
using EmulationDocs.Web.Hosting;

namespace EmulationDocs.Web.Features.Admin;

public sealed record TemplateRow(string Name, string Kind, long Size, bool Uploaded);

public sealed record TemplateUploadOutcome(bool Stored, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);

/// <summary>
/// The repository's templates/ (read-only here) and the uploaded ones under <c>&lt;DataDirectory&gt;/uploaded-templates</c>.
/// Uploads never go to templates/: that folder belongs to the deployed release and its contracts.
/// </summary>
public sealed partial class TemplateLibrary(ProductPaths paths, ContractCatalog contracts)
{
    public string UploadDirectory => Path.Combine(paths.DataDirectory, "uploaded-templates");

    public IReadOnlyList<TemplateRow> List()
    {
        var repository = Files(paths.Templates).Select(f => new TemplateRow(Name(f), contracts.For(Name(f))?.Kind ?? "—", f.Length, Uploaded: false));
        // An uploaded template has no contract yet, hence no kind.
        var uploaded = Files(UploadDirectory).Select(f => new TemplateRow(Name(f), "—", f.Length, Uploaded: true));
        return repository.Concat(uploaded).OrderBy(r => r.Uploaded).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<TemplateUploadOutcome> UploadAsync(string? name, string fileName, byte[] content, CancellationToken ct)
    {
        name = name?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(name) || !NamePattern().IsMatch(name))
            return Refused("Tên mẫu chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: ke-hoach-thi-dua), tối đa 64 ký tự.");
        if (List().Any(t => t.Name == name))
            return Refused($"Đã có mẫu tên \"{name}\"; hãy chọn tên khác.");
        if (!string.Equals(Path.GetExtension(fileName), ".docx", StringComparison.OrdinalIgnoreCase))
            return Refused(string.Equals(Path.GetExtension(fileName), ".docm", StringComparison.OrdinalIgnoreCase)
                ? "Tệp có macro (.docm/.dotm) không được chấp nhận; hãy lưu thành .docx."
                : "Chỉ nhận tệp Word (.docx).");
        var check = TemplateCheck.Run(content);
        if (!check.Accepted) return new TemplateUploadOutcome(false, check.Errors, check.Warnings);

        Directory.CreateDirectory(UploadDirectory);
        // Written beside the target then moved, so a half-written file is never listed or used.
        var target = Path.Combine(UploadDirectory, name + ".docx");
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, ct);
        try
        {
            File.Move(temporary, target, overwrite: false);
        }
        catch (IOException)
        {
            File.Delete(temporary);
            return Refused($"Đã có mẫu tên \"{name}\"; hãy chọn tên khác.");
        }
        return new TemplateUploadOutcome(true, [], check.Warnings);
    }

    private static TemplateUploadOutcome Refused(string message) => new(false, [message], []);

    private static IEnumerable<FileInfo> Files(string directory) =>
        Directory.Exists(directory) ? new DirectoryInfo(directory).EnumerateFiles("*.docx") : [];

    private static string Name(FileInfo file) => Path.GetFileNameWithoutExtension(file.Name);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex NamePattern();
}

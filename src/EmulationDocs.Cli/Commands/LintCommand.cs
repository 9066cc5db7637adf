using System.CommandLine;
using EmulationDocs.Templating;
using EmulationDocs.Templating.Problems;

namespace EmulationDocs.Cli.Commands;

/// <summary>
/// <c>lint &lt;template.docx&gt;</c>: every problem of a template with its location, without data. Warnings alone
/// (the template works, maybe not as meant) are printed but do not fail the command.
/// </summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var template = new Argument<FileInfo>("template") { Description = "Mẫu Word (.docx)" };
        var command = new Command("lint", "Kiểm tra mẫu: liệt kê mọi lỗi và cảnh báo kèm vị trí") { template };
        command.SetAction(result =>
        {
            var file = result.GetValue(template)!;
            if (!file.Exists) return CommandFailure.Report($"Không tìm thấy tệp: {file.FullName}", CommandFailure.BadInput);
            using var stream = file.OpenRead();
            var problems = DocxTemplate.Lint(stream);
            if (problems.Count == 0)
            {
                Console.WriteLine($"{file.Name}: không có lỗi.");
                return CommandFailure.Success;
            }
            if (problems.Any(p => !p.IsWarning)) return CommandFailure.Report(new TemplateException(problems));
            CommandFailure.Report(problems.Select(p => p.ToString()), CommandFailure.Success);
            Console.WriteLine($"{file.Name}: không có lỗi, {problems.Count} cảnh báo.");
            return CommandFailure.Success;
        });
        return command;
    }
}

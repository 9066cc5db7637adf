using System.CommandLine;
using EmulationDocs.Conformance;

namespace EmulationDocs.Cli.Commands;

/// <summary><c>check &lt;file.docx&gt;</c>: every deviation from the Decree 30 format, with where it is.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Văn bản Word (.docx)" };
        var command = new Command("check", "Kiểm tra thể thức văn bản theo Nghị định 30/2020/NĐ-CP") { file };
        command.SetAction(result =>
        {
            var document = result.GetValue(file)!;
            if (!document.Exists) return CommandFailure.Report($"Không tìm thấy tệp: {document.FullName}", CommandFailure.BadInput);
            try
            {
                using var stream = document.OpenRead();
                var report = Decree30Checker.Check(stream);
                if (report.Conforms)
                {
                    Console.WriteLine($"{document.Name}: đúng thể thức Nghị định 30/2020/NĐ-CP.");
                    return CommandFailure.Success;
                }
                return CommandFailure.Report(report.Issues.Select(i => $"[{i.RuleId}] {i.Location}: {i.Message}"));
            }
            catch (ConformanceException ex)
            {
                return CommandFailure.Report($"[NotADocx] {document.Name}: tệp không phải văn bản Word hợp lệ ({ex.Message})", CommandFailure.BadInput);
            }
        });
        return command;
    }
}

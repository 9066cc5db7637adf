using System.CommandLine;
using EmulationDocs.Core.Workflows.DryRun;

namespace EmulationDocs.Cli.Commands;

/// <summary>
/// <c>workflow run &lt;scenario.json&gt; [--out dir]</c>: plays a scenario on a fresh SQLite file, prints
/// the trail, writes the generated documents; exits non-zero when an action is not allowed or the
/// expected end state is not reached.
/// </summary>
internal static class WorkflowCommand
{
    public static Command Create()
    {
        var scenario = new Argument<FileInfo>("scenario") { Description = "Kịch bản (.json)" };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Thư mục ghi các văn bản được tạo" };
        var run = new Command("run", "Chạy thử quy trình theo kịch bản trên cơ sở dữ liệu SQLite mới") { scenario, output };
        run.SetAction(async (result, cancellationToken) =>
        {
            var file = result.GetValue(scenario)!;
            if (!file.Exists) return CommandFailure.Report($"Không tìm thấy tệp: {file.FullName}", CommandFailure.BadInput);
            var root = RepositoryRoot.Above(file.Directory!)
                ?? throw new InputFileException($"Không tìm thấy thư mục gốc (có EmulationDocs.sln) phía trên {file.FullName}.");
            Scenario parsed;
            try
            {
                parsed = Scenario.Parse(await File.ReadAllTextAsync(file.FullName, cancellationToken), file.Name);
            }
            catch (FormatException ex)
            {
                return CommandFailure.Report($"[ScenarioError] {ex.Message}", CommandFailure.BadInput);
            }
            var database = Path.Combine(Path.GetTempPath(), $"emulationdocs-dryrun-{Guid.NewGuid():N}.db");
            try
            {
                var passed = await new ScenarioRunner(root.FullName, Console.Out).RunAsync(parsed, database, result.GetValue(output)?.FullName, cancellationToken);
                return passed ? CommandFailure.Success : CommandFailure.Problems;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(database);
            }
        });
        return new Command("workflow", "Quy trình phê duyệt") { run };
    }
}

using System.CommandLine;
using EmulationDocs.Cli.Commands;

namespace EmulationDocs.Cli;

/// <summary>The command tree, shared by <c>Program</c> and the tests that run commands in-process.</summary>
public static class CliApplication
{
    public static RootCommand Create() => new("EmulationDocs: văn bản thi đua – khen thưởng theo Nghị định 30/2020/NĐ-CP")
    {
        RenderCommand.Create(),
        LintCommand.Create(),
        CheckCommand.Create(),
        NewTemplateCommand.Create(),
        WorkflowCommand.Create(),
        CreateAdminCommand.Create(),
    };

    public static int Run(string[] args) => Create().Parse(args).Invoke();
}

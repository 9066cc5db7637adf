using System.CommandLine;
using System.Text;
using EmulationDocs.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("EmulationDocs: văn bản thi đua – khen thưởng theo Nghị định 30/2020/NĐ-CP")
{
    RenderCommand.Create(),
    LintCommand.Create(),
    CheckCommand.Create(),
    NewTemplateCommand.Create(),
};
return root.Parse(args).Invoke();

using System.Text;
using EmulationDocs.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CliApplication.Run(args);

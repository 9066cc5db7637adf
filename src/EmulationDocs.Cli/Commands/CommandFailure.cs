namespace EmulationDocs.Cli.Commands;

/// <summary>Exit codes and the one-line-per-problem error output every command shares.</summary>
internal static class CommandFailure
{
    public const int Success = 0;
    public const int Problems = 1;
    public const int BadInput = 2;

    public static int Report(IEnumerable<string> lines, int exitCode = Problems)
    {
        foreach (var line in lines) Console.Error.WriteLine(line);
        return exitCode;
    }

    public static int Report(string line, int exitCode = Problems) => Report([line], exitCode);

    /// <summary>A file that is no usable .docx at all is bad input (2); a .docx whose template has mistakes is a problem (1).</summary>
    public static int Report(EmulationDocs.Templating.Problems.TemplateException error) =>
        Report(error.Problems.Select(p => p.ToString()), error.Problems.All(p => p.RefusesFile) ? BadInput : Problems);
}

namespace EmulationDocs.Cli.Commands;

/// <summary>A file named on the command line is absent or unusable; the message is for the user.</summary>
internal sealed class InputFileException(string message) : Exception(message);

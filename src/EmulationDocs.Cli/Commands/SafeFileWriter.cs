namespace EmulationDocs.Cli.Commands;

/// <summary>Writes a file only once its content is complete: a failed command leaves nothing behind.</summary>
internal static class SafeFileWriter
{
    public static void Write(string path, byte[] content)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp-" + Environment.ProcessId;
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}

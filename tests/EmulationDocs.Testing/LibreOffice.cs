using System.Diagnostics;

namespace EmulationDocs.Testing;

/// <summary>Converts documents to PDF with LibreOffice (headless), the real client that proves a .docx opens.</summary>
public static class LibreOffice
{
    public static string Executable =>
        new[] { "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("LibreOffice (soffice) is not installed: run the README's test command, which installs libreoffice-writer-nogui.");

    /// <summary>Converts every file in one LibreOffice run; returns the output folder.</summary>
    public static string ConvertToPdf(IReadOnlyCollection<string> files, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        var profile = Path.Combine(Path.GetTempPath(), "edocs-lo-profile-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--headless", "--norestore", $"-env:UserInstallation=file://{profile}", "--convert-to", "pdf", "--outdir", outputDirectory })
            start.ArgumentList.Add(argument);
        foreach (var file in files) start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("LibreOffice did not finish converting within 5 minutes.");
        }
        try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        if (process.ExitCode != 0) throw new InvalidOperationException($"LibreOffice failed ({process.ExitCode}): {stderr.Result} {stdout.Result}");
        return outputDirectory;
    }

    /// <summary>The text of a PDF (pdftotext from poppler-utils), whitespace collapsed.</summary>
    public static string PdfText(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-enc");
        start.ArgumentList.Add("UTF-8");
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The text of every page of a PDF (pdftotext -layout), one entry per page, each a list of its
    /// non-empty lines with white space collapsed.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> PdfPages(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
        foreach (var argument in new[] { "-layout", "-enc", "UTF-8", pdf, "-" }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"pdftotext failed ({process.ExitCode}) on {pdf}.");
        // Pages end with a form feed, the last one too.
        var pages = text.Split('\f');
        if (pages.Length > 1 && string.IsNullOrWhiteSpace(pages[^1])) pages = pages[..^1];
        return [.. pages.Select(page => (IReadOnlyList<string>)[.. page.Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0)])];
    }

    /// <summary>The fonts a PDF embeds (pdffonts from poppler-utils), without the subset prefix ("ABCDEF+").</summary>
    public static IReadOnlyList<string> PdfFonts(string pdf)
    {
        var start = new ProcessStartInfo("pdffonts") { RedirectStandardOutput = true };
        start.ArgumentList.Add(pdf);
        using var process = Process.Start(start)!;
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"pdffonts failed ({process.ExitCode}) on {pdf}.");
        // Two heading lines ("name type …" and dashes), then one font per line, its name first.
        return [.. lines.Skip(2).Select(line => line.Split(' ', 2)[0]).Select(name => name.Contains('+') ? name[(name.IndexOf('+') + 1)..] : name)];
    }

    public static string WithoutWhiteSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

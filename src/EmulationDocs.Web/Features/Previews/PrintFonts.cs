using System.Diagnostics;

namespace EmulationDocs.Web.Features.Previews;

/// <summary>
/// Whether LibreOffice can print documents in one Times New Roman-metric family with every Vietnamese letter. Without
/// such a font (Liberation 1.x has no Vietnamese letters) LibreOffice draws ơ, ư, ạ… in a fallback family inside each
/// word, and every preview and e-mailed PDF mixes fonts. Asked of fontconfig once.
/// </summary>
public sealed partial class PrintFonts(ILogger<PrintFonts> logger)
{
    /// <summary>Families with Times New Roman's metrics, as fontconfig names them.</summary>
    public static readonly IReadOnlyList<string> TimesMetricFamilies = ["Times New Roman", "Liberation Serif", "Tinos"];

    private readonly Lazy<bool> _available = new(() => Ask(logger));

    /// <summary>True when a Times-metric family covering Vietnamese is installed.</summary>
    public bool HaveVietnameseSerif => _available.Value;

    /// <summary>Whether <c>fc-list :lang=vi family</c> output (one or more comma-separated names per line) names a Times-metric family.</summary>
    public static bool CoverVietnameseSerif(IEnumerable<string> fcListLines) =>
        fcListLines.SelectMany(line => line.Split(',', StringSplitOptions.TrimEntries))
            .Any(family => TimesMetricFamilies.Contains(family, StringComparer.OrdinalIgnoreCase));

    private static bool Ask(ILogger logger)
    {
        var start = new ProcessStartInfo("fc-list") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(":lang=vi");
        start.ArgumentList.Add("family");
        try
        {
            using var process = Process.Start(start);
            if (process is null) return false;
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                process.Kill(entireProcessTree: true);
                LogFontconfigFailed(logger, "fc-list did not answer within 20 s");
                return false;
            }
            var found = CoverVietnameseSerif(output.Result.Split('\n'));
            if (!found) LogNoVietnameseSerif(logger);
            return found;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            LogFontconfigFailed(logger, e.Message);
            return false;
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning,
        Message = "No Times New Roman-metric font with Vietnamese letters is installed (install fonts-liberation2): PDFs will mix fonts")]
    private static partial void LogNoVietnameseSerif(ILogger logger);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Could not list the installed fonts: {Reason}")]
    private static partial void LogFontconfigFailed(ILogger logger, string reason);
}

using System.Diagnostics;

namespace EmulationDocs.Core.Tests.Delivery;

/// <summary>A self-signed certificate and its key for one host name, made by openssl in a temporary folder deleted on dispose.</summary>
internal sealed class TestCertificate : IDisposable
{
    private readonly string _folder;

    private TestCertificate(string folder)
    {
        _folder = folder;
    }

    public string CertificatePath => Path.Combine(_folder, "cert.pem");

    public string KeyPath => Path.Combine(_folder, "key.pem");

    public static async Task<TestCertificate> CreateAsync(string hostName)
    {
        var certificate = new TestCertificate(Directory.CreateTempSubdirectory("edocs-cert-").FullName);
        var start = new ProcessStartInfo("openssl") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
                 {
                     "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                     "-subj", $"/CN={hostName}", "-addext", $"subjectAltName=DNS:{hostName}", "-keyout", certificate.KeyPath, "-out", certificate.CertificatePath,
                 })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("openssl did not start.");
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"openssl could not make the test certificate: {error}");
        return certificate;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace EmulationDocs.Core.Delivery;

/// <summary>
/// Decides whether the SMTP server's certificate is accepted: a certificate valid for the host by the system's store,
/// or one chaining to <see cref="DeliveryOptions.TrustedCertificatePath"/> with the right host name. A mismatched or
/// untrusted certificate is refused unless <see cref="DeliveryOptions.AllowInvalidCertificate"/> says otherwise.
/// </summary>
internal sealed class SmtpCertificatePolicy(DeliveryOptions options)
{
    private readonly X509Certificate2Collection _trusted = Load(options.TrustedCertificatePath);

    public bool Validate(object sender, System.Security.Cryptography.X509Certificates.X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None || options.AllowInvalidCertificate) return true;
        // Only an untrusted chain can be rescued by the configured certificate; a wrong name never.
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null || _trusted.Count == 0) return false;
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(_trusted);
        // A private CA or a self-signed certificate publishes no revocation list.
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
            foreach (var element in chain.ChainElements)
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
        using var server = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return custom.Build(server);
    }

    private static X509Certificate2Collection Load(string? path)
    {
        var certificates = new X509Certificate2Collection();
        if (string.IsNullOrWhiteSpace(path)) return certificates;
        if (File.ReadAllText(path).Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)) certificates.ImportFromPemFile(path);
        else certificates.Add(X509CertificateLoader.LoadCertificateFromFile(path));
        return certificates;
    }
}

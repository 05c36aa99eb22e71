using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace BoardDocs.Tests.Signing;

/// <summary>Self-signed signing certificates made on the fly, so no key material is checked in.</summary>
internal static class TestCertificates
{
    public static X509Certificate2 Rsa(string commonName)
    {
        using RSA key = RSA.Create(2048);
        var request = new CertificateRequest(
            $"CN={commonName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return SelfSign(request);
    }

    public static X509Certificate2 Ecdsa(string commonName)
    {
        using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        return SelfSign(request);
    }

    private static X509Certificate2 SelfSign(CertificateRequest request)
    {
        request.CertificateExtensions.Add(
            new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        DateTimeOffset now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
    }
}

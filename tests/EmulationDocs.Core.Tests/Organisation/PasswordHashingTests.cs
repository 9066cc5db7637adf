using System.Buffers.Binary;
using EmulationDocs.Core.Organisation;
using Microsoft.AspNetCore.Identity;

namespace EmulationDocs.Core.Tests.Organisation;

public sealed class PasswordHashingTests
{
    private static readonly PasswordHasher<string> Identity = new();

    [Fact]
    public void VerifiesItsOwnHash()
    {
        var hash = PasswordHashing.Hash("MatKhau@2025");

        Assert.True(PasswordHashing.Verify(hash, "MatKhau@2025"));
        Assert.False(PasswordHashing.Verify(hash, "matkhau@2025"));
        Assert.False(PasswordHashing.Verify(hash, ""));
    }

    [Fact]
    public void SaltsEveryHash() =>
        Assert.NotEqual(PasswordHashing.Hash("MatKhau@2025"), PasswordHashing.Hash("MatKhau@2025"));

    [Fact]
    public void WritesIdentityVersion3Layout()
    {
        var bytes = Convert.FromBase64String(PasswordHashing.Hash("Mật khẩu có dấu"));

        Assert.Equal(0x01, bytes[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)));
        Assert.Equal(100_000u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)));
        Assert.Equal(16u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9)));
        Assert.Equal(13 + 16 + 32, bytes.Length);
    }

    [Fact]
    public void IdentityVerifiesOurHash()
    {
        var hash = PasswordHashing.Hash("MatKhau@2025");

        Assert.Equal(PasswordVerificationResult.Success, Identity.VerifyHashedPassword("user", hash, "MatKhau@2025"));
        Assert.Equal(PasswordVerificationResult.Failed, Identity.VerifyHashedPassword("user", hash, "MatKhau@2024"));
    }

    [Fact]
    public void VerifiesIdentitysHash()
    {
        var hash = Identity.HashPassword("user", "MatKhau@2025");

        Assert.True(PasswordHashing.Verify(hash, "MatKhau@2025"));
        Assert.False(PasswordHashing.Verify(hash, "MatKhau@2024"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AQAAAAIAAYagAAAAEA==")]
    public void RejectsMalformedHashes(string hash) => Assert.False(PasswordHashing.Verify(hash, "MatKhau@2025"));
}

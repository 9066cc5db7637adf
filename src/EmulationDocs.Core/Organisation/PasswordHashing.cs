using System.Buffers.Binary;
using System.Security.Cryptography;

namespace EmulationDocs.Core.Organisation;

/// <summary>
/// PBKDF2 password hashes in the text format of ASP.NET Core Identity's <c>PasswordHasher</c>
/// version 3, so that the web app can verify (and rehash) them with
/// <c>Microsoft.AspNetCore.Identity.PasswordHasher&lt;TUser&gt;</c> while the core stays free of
/// ASP.NET. Layout before base64: <c>0x01</c>, PRF (uint32 big-endian, 2 = HMAC-SHA512),
/// iteration count, salt length, salt, subkey.
/// </summary>
public static class PasswordHashing
{
    private const byte FormatMarker = 0x01;
    private const int HeaderLength = 13;
    private const int Iterations = 100_000;
    private const int SaltLength = 16;
    private const int SubkeyLength = 32;

    // Identity refuses salts and subkeys shorter than 128 bits.
    private const int MinimumLength = 16;

    // Identity's KeyDerivationPrf numbering.
    private const uint PrfHmacSha1 = 0;
    private const uint PrfHmacSha256 = 1;
    private const uint PrfHmacSha512 = 2;

    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltLength);
        var subkey = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA512, SubkeyLength);

        var output = new byte[HeaderLength + SaltLength + SubkeyLength];
        output[0] = FormatMarker;
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(1), PrfHmacSha512);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(5), Iterations);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(9), SaltLength);
        salt.CopyTo(output, HeaderLength);
        subkey.CopyTo(output, HeaderLength + SaltLength);
        return Convert.ToBase64String(output);
    }

    /// <summary>
    /// True when <paramref name="password"/> matches. Reads the parameters stored in the hash
    /// (as Identity does), so hashes made by Identity with other PRFs or iteration counts verify too;
    /// anything malformed is simply a mismatch.
    /// </summary>
    public static bool Verify(string hash, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var bytes = new byte[hash.Length];
        if (!Convert.TryFromBase64String(hash, bytes, out var length) || length < HeaderLength || bytes[0] != FormatMarker)
        {
            return false;
        }

        var decoded = bytes.AsSpan(0, length);
        var prf = BinaryPrimitives.ReadUInt32BigEndian(decoded[1..]);
        var iterations = BinaryPrimitives.ReadUInt32BigEndian(decoded[5..]);
        var saltLength = BinaryPrimitives.ReadUInt32BigEndian(decoded[9..]);
        HashAlgorithmName? algorithm = prf switch
        {
            PrfHmacSha1 => HashAlgorithmName.SHA1,
            PrfHmacSha256 => HashAlgorithmName.SHA256,
            PrfHmacSha512 => HashAlgorithmName.SHA512,
            _ => null,
        };
        if (algorithm is null || iterations is 0 or > int.MaxValue || saltLength < MinimumLength || saltLength + MinimumLength > (uint)(length - HeaderLength))
        {
            return false;
        }

        var salt = decoded.Slice(HeaderLength, (int)saltLength);
        var expected = decoded[(HeaderLength + (int)saltLength)..];
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt.ToArray(), (int)iterations, algorithm.Value, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}

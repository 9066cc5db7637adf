namespace EmulationDocs.Core.Organisation.Accounts;

public enum SignInStatus
{
    Succeeded,

    /// <summary>Unknown user, no password, or a wrong one: the caller must not say which.</summary>
    Failed,

    /// <summary>The account is locked out; the caller answers as for <see cref="Failed"/>, so nobody learns the account exists.</summary>
    LockedOut,
}

/// <param name="User">The signed-in user when <see cref="Status"/> is <see cref="SignInStatus.Succeeded"/>.</param>
public sealed record SignInOutcome(SignInStatus Status, User? User = null)
{
    /// <summary>One answer for every refusal (unknown user, wrong password, locked account).</summary>
    public static string RefusalMessage(LockoutSettings settings) =>
        $"Tên đăng nhập hoặc mật khẩu không đúng. Sau {settings.MaxFailedAttempts} lần nhập sai liên tiếp, tài khoản bị tạm khóa "
        + $"{Math.Ceiling(settings.Duration.TotalMinutes):0} phút.";
}

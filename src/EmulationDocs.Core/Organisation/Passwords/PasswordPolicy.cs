namespace EmulationDocs.Core.Organisation.Passwords;

/// <summary>One reason a password is refused: English for logs and exceptions, Vietnamese for the user.</summary>
public sealed record PasswordProblem(string Message, string UserMessage);

/// <summary>
/// The rules every new password must satisfy, wherever it is set (administrator create/reset, self-service change,
/// CLI): long enough, not blank, not the user id, not a well-known password.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 10;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommonPasswords);

    public static IReadOnlyList<PasswordProblem> Check(string? password, string? userId)
    {
        var problems = new List<PasswordProblem>();
        var value = password ?? "";
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new("The password is empty or only whitespace.", $"Mật khẩu không được để trống hoặc chỉ gồm khoảng trắng; hãy nhập ít nhất {MinimumLength} ký tự."));
            return problems;
        }
        if (value.Length < MinimumLength)
            problems.Add(new($"The password is shorter than {MinimumLength} characters.", $"Mật khẩu phải có ít nhất {MinimumLength} ký tự."));
        if (!string.IsNullOrWhiteSpace(userId) && value.Contains(userId.Trim(), StringComparison.OrdinalIgnoreCase))
            problems.Add(new("The password contains the user id.", "Mật khẩu không được trùng tên đăng nhập hoặc chứa tên đăng nhập."));
        if (Common.Value.Contains(value.Trim()))
            problems.Add(new("The password is a well-known password.", "Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác."));
        return problems;
    }

    private static HashSet<string> LoadCommonPasswords()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("EmulationDocs.Core.Organisation.Passwords.common-passwords.txt")
            ?? throw new InvalidOperationException("The embedded list of common passwords is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line.Trim());
        }
        return set;
    }
}

using System.Globalization;
using System.Text.Json;

namespace EmulationDocs.Templating.Contracts.Validation;

/// <summary>Validates JSON data against contract fields, collecting every violation with its path.</summary>
internal static class ContractValidator
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IReadOnlyList<ContractViolation> Validate(IReadOnlyList<ContractField> fields, JsonElement data)
    {
        var violations = new List<ContractViolation>();
        if (data.ValueKind != JsonValueKind.Object) violations.Add(new("", "Dữ liệu phải là một đối tượng JSON."));
        else ValidateMembers(fields, data, "", violations);
        return violations;
    }

    private static void ValidateMembers(IReadOnlyList<ContractField> fields, JsonElement obj, string parent, List<ContractViolation> violations)
    {
        foreach (var field in fields)
        {
            var path = Join(parent, field.Name);
            if (!obj.TryGetProperty(field.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (field.Required) violations.Add(new(path, $"Thiếu trường bắt buộc «{field.Label}».", ViolationKind.Missing));
                continue;
            }
            if (TooLong(field, value) is { } message) violations.Add(new(path, message, ViolationKind.TooLong));
            else ValidateValue(field.Type, field.Items, field.Fields, field.Values, field.Required, field.Label, value, path, violations);
        }
        foreach (var property in obj.EnumerateObject().Where(p => fields.All(f => f.Name != p.Name)))
            violations.Add(new(Join(parent, property.Name), "Trường này không có trong mẫu.", ViolationKind.Unknown));
    }

    private static void ValidateValue(string type, ContractItems? items, IReadOnlyList<ContractField>? fields, IReadOnlyList<string>? values,
        bool required, string label, JsonElement value, string path, List<ContractViolation> violations)
    {
        var expected = type switch
        {
            FieldTypes.String or FieldTypes.Text or FieldTypes.Markdown or FieldTypes.Image => value.ValueKind == JsonValueKind.String ? null : "chuỗi ký tự",
            FieldTypes.Date => value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : "ngày dạng yyyy-MM-dd",
            FieldTypes.Integer => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _) ? null : "số nguyên",
            FieldTypes.Number => value.ValueKind == JsonValueKind.Number ? null : "số",
            FieldTypes.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : "đúng/sai (true/false)",
            FieldTypes.Array => value.ValueKind == JsonValueKind.Array ? null : "danh sách",
            FieldTypes.Object => value.ValueKind == JsonValueKind.Object ? null : "đối tượng",
            _ => "kiểu đã khai báo",
        };
        var name = label.Length > 0 ? $" «{label}»" : "";
        if (expected is not null)
        {
            violations.Add(new(path, $"Giá trị{name} phải là {expected}."));
            return;
        }
        switch (type)
        {
            case FieldTypes.String or FieldTypes.Text or FieldTypes.Markdown when required && value.GetString()!.Trim().Length == 0:
                violations.Add(new(path, $"Không được để trống{name}.", ViolationKind.Empty));
                break;
            case FieldTypes.Image when !value.GetString()!.StartsWith("data:image/", StringComparison.Ordinal):
                violations.Add(new(path, $"Giá trị{name} phải là ảnh PNG hoặc JPEG dạng data URI."));
                break;
            case FieldTypes.Object:
                ValidateMembers(fields ?? [], value, path, violations);
                break;
            case FieldTypes.Array:
                if (required && value.GetArrayLength() == 0) violations.Add(new(path, $"Danh sách{name} không được rỗng.", ViolationKind.Empty));
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    var itemPath = $"{path}[{index++}]";
                    if (item.ValueKind == JsonValueKind.Null) violations.Add(new(itemPath, "Phần tử không được rỗng."));
                    else ValidateValue(items!.Type, null, items.Fields, null, true, "", item, itemPath, violations);
                }
                break;
        }
        if (values is { Count: > 0 } && value.ValueKind == JsonValueKind.String && !values.Contains(value.GetString()!))
            violations.Add(new(path, $"Giá trị{name} phải là một trong: {string.Join(", ", values)}."));
    }

    /// <summary>Checked before anything else is walked: an over-long value is refused without reading its elements.</summary>
    private static string? TooLong(ContractField field, JsonElement value)
    {
        var name = field.Label.Length > 0 ? $"«{field.Label}»" : "Giá trị";
        if (value.ValueKind == JsonValueKind.String && (field.MaxLength ?? FieldLimits.DefaultLength(field.Type)) is { } maxLength
            && value.GetString()!.Length > maxLength)
            return string.Create(Vietnamese, $"{name} dài quá giới hạn: tối đa {maxLength:N0} ký tự.");
        if (field.Type == FieldTypes.Array && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > (field.MaxItems ?? FieldLimits.Items))
            return string.Create(Vietnamese, $"{name} có quá nhiều dòng: tối đa {field.MaxItems ?? FieldLimits.Items:N0}.");
        return null;
    }

    private static string Join(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";
}

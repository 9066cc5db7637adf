using System.Globalization;
using EmulationDocs.Core.Calendar;

namespace EmulationDocs.Core.Workflows.Deadlines;

/// <summary>The Vietnamese texts of deadline notifications; times are shown in Vietnam's time zone (UTC+7, no daylight saving).</summary>
internal static class DeadlineMessages
{
    public static string Reminder(string title, DateTime dueUtc) => $"Sắp đến hạn xử lý: {title} (hạn {Local(dueUtc)})";

    public static string Escalation(string title, string stepName, DateTime dueUtc) =>
        $"Quá hạn xử lý: {title} — bước «{stepName}» (hạn {Local(dueUtc)}) được chuyển để chỉ đạo xử lý";

    private static string Local(DateTime utc) => VietnamTime.FromUtc(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}

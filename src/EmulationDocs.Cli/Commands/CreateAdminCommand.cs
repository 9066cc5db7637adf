using System.CommandLine;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;

namespace EmulationDocs.Cli.Commands;

/// <summary>
/// <c>create-admin</c>: the first administrator of an empty database. The password comes from the environment variable
/// <see cref="PasswordVariable"/> or the first line of standard input, never from the command line (it would stay in
/// the shell history and the process list).
/// </summary>
internal static class CreateAdminCommand
{
    public const string PasswordVariable = "EMULATIONDOCS_ADMIN_PASSWORD";

    public static Command Create()
    {
        var user = new Option<string>("--user") { Description = "Tên đăng nhập", Required = true };
        var name = new Option<string>("--name") { Description = "Họ và tên", Required = true };
        var unit = new Option<string>("--unit") { Description = "Mã đơn vị cấp cao nhất", Required = true };
        var unitName = new Option<string>("--unit-name") { Description = "Tên đơn vị", Required = true };
        var level = new Option<string>("--level") { Description = "Cấp của đơn vị (ví dụ province)", DefaultValueFactory = _ => "province" };
        var provider = new Option<DatabaseProvider>("--provider") { Description = "Sqlite hoặc PostgreSql", DefaultValueFactory = _ => DatabaseProvider.Sqlite };
        var connection = new Option<string>("--connection") { Description = "Chuỗi kết nối cơ sở dữ liệu", Required = true };
        var command = new Command("create-admin", "Tạo quản trị viên đầu tiên trên cơ sở dữ liệu trống") { user, name, unit, unitName, level, provider, connection };
        command.SetAction(async (result, ct) =>
        {
            var password = Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : Console.In.ReadLine();
            if (string.IsNullOrEmpty(password))
                return CommandFailure.Report($"Chưa có mật khẩu: đặt biến môi trường {PasswordVariable} hoặc nhập qua đầu vào chuẩn.", CommandFailure.BadInput);
            var database = new DatabaseFactory(new DatabaseOptions { Provider = result.GetValue(provider), ConnectionString = result.GetValue(connection)! });
            try
            {
                await database.MigrateAsync(ct);
                await FirstAdministratorSetup.CreateAsync(database, new FirstAdministratorRequest(
                    result.GetValue(user)!, result.GetValue(name)!, password, result.GetValue(unit)!, result.GetValue(unitName)!, result.GetValue(level)!), ct);
            }
            catch (OrganisationException ex)
            {
                return CommandFailure.Report(ex.Problems, CommandFailure.BadInput);
            }
            Console.WriteLine($"Đã tạo quản trị viên {result.GetValue(user)} của đơn vị {result.GetValue(unit)}.");
            return CommandFailure.Success;
        });
        return command;
    }
}

using System.CommandLine;
using EmulationDocs.Documents.Kinds;
using EmulationDocs.Documents.Templates;

namespace EmulationDocs.Cli.Commands;

/// <summary>
/// <c>new-template --kind TB [--name …] [--type-name …] [--addressees none|optional|required] [-o dir]</c>:
/// a template for any Decree 30 kind in the shared layout, with its data contract;
/// <c>new-template --official -o templates</c> regenerates the seven official templates.
/// </summary>
internal static class NewTemplateCommand
{
    public static Command Create()
    {
        var kind = new Option<string?>("--kind") { Description = "Viết tắt tên loại văn bản theo Phụ lục III (TB, HD, CTr, …; CV cho công văn)" };
        var name = new Option<string?>("--name") { Description = "Tên tệp (không có .docx)" };
        var typeName = new Option<string?>("--type-name") { Description = "Tên loại in trên văn bản, ví dụ \"THÔNG BÁO KẾT LUẬN\"" };
        var addressees = new Option<AddresseeUse?>("--addressees") { Description = "Khối Kính gửi: None, Optional, Required" };
        var official = new Option<bool>("--official") { Description = "Tạo lại bảy mẫu chính thức" };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Thư mục ghi mẫu", DefaultValueFactory = _ => new DirectoryInfo(".") };
        var command = new Command("new-template", "Tạo mẫu văn bản theo thể thức Nghị định 30 cho bất kỳ loại văn bản nào")
            { kind, name, typeName, addressees, official, output };
        command.SetAction(result =>
        {
            var directory = result.GetValue(output)!.FullName;
            if (result.GetValue(official))
            {
                foreach (var template in OfficialTemplateSet.WriteAll(directory))
                    Console.WriteLine($"Đã tạo {Path.Combine(directory, template.DocxFileName)}");
                return CommandFailure.Success;
            }
            if (result.GetValue(kind) is not { } code)
                return CommandFailure.Report("Cần --kind <viết tắt> (ví dụ TB, HD, CTr) hoặc --official.", CommandFailure.BadInput);
            try
            {
                var template = OfficialTemplateFactory.Create(new TemplateRequest(code)
                {
                    Name = result.GetValue(name),
                    TypeName = result.GetValue(typeName),
                    Addressees = result.GetValue(addressees),
                });
                template.WriteTo(directory);
                Console.WriteLine($"Đã tạo {Path.Combine(directory, template.DocxFileName)} và {template.ContractFileName}");
                return CommandFailure.Success;
            }
            catch (UnknownDocumentKindException)
            {
                return CommandFailure.Report(
                    $"Không có loại văn bản '{code}'. Các loại hợp lệ: {string.Join(", ", DocumentKindCatalog.All.Select(k => k.Code))}.", CommandFailure.BadInput);
            }
            catch (ArgumentException ex)
            {
                return CommandFailure.Report($"Yêu cầu không hợp lệ: {ex.Message}", CommandFailure.BadInput);
            }
        });
        return command;
    }
}

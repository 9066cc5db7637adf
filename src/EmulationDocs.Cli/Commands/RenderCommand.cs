using System.CommandLine;
using System.Text.Json;
using EmulationDocs.Templating;
using EmulationDocs.Templating.Contracts;
using EmulationDocs.Templating.Data;
using EmulationDocs.Templating.Problems;
using EmulationDocs.Templating.Rendering;

namespace EmulationDocs.Cli.Commands;

/// <summary>
/// <c>render &lt;template.docx&gt; &lt;data.json&gt; -o &lt;out.docx&gt;</c>, or <c>render --sample &lt;sample.json&gt;</c>
/// where the sample names its template and carries its data.
/// </summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var template = new Argument<FileInfo?>("template") { Description = "Mẫu Word (.docx)", Arity = ArgumentArity.ZeroOrOne };
        var data = new Argument<FileInfo?>("data") { Description = "Dữ liệu (.json)", Arity = ArgumentArity.ZeroOrOne };
        var sample = new Option<FileInfo?>("--sample") { Description = "Tệp mẫu dữ liệu { \"template\": …, \"data\": { … } }" };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Tệp .docx kết quả", Required = true };
        var allowMissing = new Option<bool>("--allow-missing") { Description = "Cho phép thiếu dữ liệu (để trống)" };
        var command = new Command("render", "Tạo văn bản từ mẫu và dữ liệu") { template, data, sample, output, allowMissing };
        command.SetAction(result =>
        {
            var options = new RenderOptions { AllowMissingValues = result.GetValue(allowMissing) };
            var outputFile = result.GetValue(output)!;
            try
            {
                var (templateFile, json) = result.GetValue(sample) is { } sampleFile
                    ? SampleFile.Read(sampleFile)
                    : (Require(result.GetValue(template), "mẫu (.docx)"), ReadJson(Require(result.GetValue(data), "dữ liệu (.json)")));
                if (ContractBeside(templateFile) is { } contract)
                {
                    var violations = contract.Validate(json);
                    if (violations.Count > 0) return CommandFailure.Report(violations.Select(v => v.ToString()));
                    json = contract.WithDefaults(json);
                }
                using var stream = templateFile.OpenRead();
                var compiled = DocxTemplate.Compile(stream);
                SafeFileWriter.Write(outputFile.FullName, compiled.Render(TemplateData.FromElement(json), options));
                Console.WriteLine($"Đã tạo {outputFile.FullName}");
                return CommandFailure.Success;
            }
            catch (TemplateException ex)
            {
                return CommandFailure.Report(ex);
            }
            catch (TemplateDataException ex)
            {
                return CommandFailure.Report($"[DataError] {ex.UserMessage} ({ex.Message})", CommandFailure.BadInput);
            }
            catch (RenderException ex) when (ex.Missing.Count > 0)
            {
                return CommandFailure.Report(ex.Missing.Select(missing => $"[MissingValue] Thiếu dữ liệu: {missing.Describe()}"));
            }
            catch (RenderException ex)
            {
                return CommandFailure.Report($"[InvalidValue] {ex.UserMessage}");
            }
            catch (InputFileException ex)
            {
                return CommandFailure.Report(ex.Message, CommandFailure.BadInput);
            }
        });
        return command;
    }

    private static FileInfo Require(FileInfo? file, string what) =>
        file is null ? throw new InputFileException($"Thiếu tệp {what}; hoặc dùng --sample <sample.json>.")
        : file.Exists ? file : throw new InputFileException($"Không tìm thấy tệp: {file.FullName}");

    /// <summary>The data contract <c>&lt;name&gt;.contract.json</c> beside a template, if it has one.</summary>
    private static DataContract? ContractBeside(FileInfo template)
    {
        var path = Path.ChangeExtension(template.FullName, ".contract.json");
        if (!File.Exists(path)) return null;
        try
        {
            return DataContract.Load(path);
        }
        catch (FormatException ex)
        {
            throw new InputFileException($"Hợp đồng dữ liệu {Path.GetFileName(path)} không hợp lệ: {ex.Message}");
        }
    }

    private static JsonElement ReadJson(FileInfo file)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file.FullName));
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new TemplateDataException($"Malformed JSON data in {file.Name}: {ex.Message}",
                $"Dữ liệu JSON không hợp lệ (dòng {ex.LineNumber + 1}, vị trí {ex.BytePositionInLine + 1}).", ex);
        }
    }

    /// <summary>A sample: <c>{ "template": "templates/x.docx", "data": { … } }</c>; the template path is relative to the repository root.</summary>
    private static class SampleFile
    {
        public static (FileInfo Template, JsonElement Data) Read(FileInfo sample)
        {
            if (!sample.Exists) throw new InputFileException($"Không tìm thấy tệp: {sample.FullName}");
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(File.ReadAllBytes(sample.FullName));
            }
            catch (JsonException ex)
            {
                throw new TemplateDataException($"Malformed sample {sample.Name}: {ex.Message}", $"Tệp mẫu dữ liệu không phải JSON hợp lệ ({ex.Message}).", ex);
            }
            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("template", out var template) || template.ValueKind != JsonValueKind.String
                    || !root.TryGetProperty("data", out var data))
                    throw new InputFileException($"Tệp {sample.Name} phải có dạng {{ \"template\": \"templates/….docx\", \"data\": {{ … }} }}.");
                return (Locate(template.GetString()!, sample), data.Clone());
            }
        }

        private static FileInfo Locate(string relative, FileInfo sample)
        {
            for (var directory = sample.Directory; directory is not null; directory = directory.Parent)
            {
                var candidate = new FileInfo(Path.Combine(directory.FullName, relative));
                if (candidate.Exists) return candidate;
            }
            var fromWorkingDirectory = new FileInfo(relative);
            return fromWorkingDirectory.Exists ? fromWorkingDirectory : throw new InputFileException($"Không tìm thấy mẫu '{relative}' nêu trong {sample.Name}.");
        }
    }
}

using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EmulationDocs.Templating.Packaging;

namespace EmulationDocs.Web.Features.Tables;

/// <summary>An .xlsx that cannot be read: the Vietnamese reason.</summary>
public sealed class SpreadsheetException(string message) : Exception(message);

/// <summary>One row of a sheet as text cells; <see cref="Number"/> is the row number Excel shows.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells);

/// <summary>
/// The first worksheet of an .xlsx as rows of text, and the reverse for sample sheets, with the Open XML SDK. An upload is
/// bounded before the SDK sees it: its size, then <see cref="PackageInspector"/> (the bytes actually inflated, not the sizes
/// the headers claim, so a zip bomb stops early; XML depth and elements, since the SDK loads a sheet recursively; entry
/// names and external links).
/// </summary>
public static class XlsxSheet
{
    public const long MaxUploadBytes = 10L * 1024 * 1024;
    private const long MaxInflatedBytes = 64L * 1024 * 1024;

    private static readonly PackageLimits Limits = PackageLimits.Default with
    {
        MaxPackageBytes = MaxUploadBytes,
        MaxEntries = 1_000,
        MaxTotalUncompressedBytes = MaxInflatedBytes,
        MaxEntryUncompressedBytes = MaxInflatedBytes,
    };
    private const int MaxRows = 5_000;
    private const string NotXlsx = "Tệp không phải là bảng tính Excel (.xlsx).";

    /// <exception cref="SpreadsheetException">Not an .xlsx, or not a usable one.</exception>
    /// <exception cref="PackageRejectedException">The package breaks a bound or a safety rule.</exception>
    public static IReadOnlyList<SheetRow> Read(Stream input)
    {
        var buffer = new MemoryStream();
        CopyBounded(input, buffer, MaxUploadBytes, $"Tệp lớn hơn giới hạn {MaxUploadBytes / (1024 * 1024)} MB.");
        buffer.Position = 0;
        Inspect(buffer);
        buffer.Position = 0;
        try
        {
            using var document = SpreadsheetDocument.Open(buffer, false, new OpenSettings { MaxCharactersInPart = MaxInflatedBytes });
            var workbook = document.WorkbookPart ?? throw new SpreadsheetException(NotXlsx);
            var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new SpreadsheetException("Bảng tính không có trang nào.");
            var sheet = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = new List<SheetRow>();
            foreach (var row in sheet.Worksheet.Descendants<Row>())
            {
                if (rows.Count >= MaxRows) throw new SpreadsheetException($"Bảng tính có quá {MaxRows} dòng.");
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    while (cells.Count < column) cells.Add("");
                    cells.Add(Text(cell, shared).Trim());
                }
                var number = row.RowIndex?.Value is { } index ? (int)index : (rows.LastOrDefault()?.Number ?? 0) + 1;
                rows.Add(new SheetRow(number, cells));
            }
            return rows;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FormatException or InvalidOperationException
            or ArgumentException or System.Xml.XmlException or KeyNotFoundException)
        {
            throw new SpreadsheetException(NotXlsx);
        }
    }

    /// <summary>A one-sheet workbook: a header row, then the rows, every cell as text.</summary>
    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var number = 1u;
            foreach (var values in rows.Prepend(header))
            {
                var row = new Row { RowIndex = number };
                for (var i = 0; i < values.Count; i++)
                    row.Append(new Cell { CellReference = $"{ColumnName(i)}{number}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(values[i])) });
                data.Append(row);
                number++;
            }
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
        }
        return stream.ToArray();
    }

    /// <summary>A (0) … Z (25), AA (26) …: the column letters Excel shows.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return index - 1;
    }

    private static string Text(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
        return raw;
    }

    private static void CopyBounded(Stream input, Stream output, long limit, string message)
    {
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = input.Read(chunk)) > 0)
        {
            total += read;
            if (total > limit) throw new SpreadsheetException(message);
            output.Write(chunk, 0, read);
        }
    }

    private static void Inspect(Stream package)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw new SpreadsheetException(NotXlsx);
        }
        using (zip)
        {
            PackageInspector.Inspect(zip, Limits);
        }
    }
}

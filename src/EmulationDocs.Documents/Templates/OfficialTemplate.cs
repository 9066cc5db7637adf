using EmulationDocs.Templating.Contracts;
using EmulationDocs.Documents.Kinds;

namespace EmulationDocs.Documents.Templates;

/// <summary>A generated Word template and its data contract.</summary>
/// <param name="Name">File name stem: the template is <c>&lt;Name&gt;.docx</c>, its contract <c>&lt;Name&gt;.contract.json</c>.</param>
public sealed record OfficialTemplate(string Name, DocumentKind Kind, byte[] Docx, DataContract Contract)
{
    public string DocxFileName => $"{Name}.docx";

    public string ContractFileName => $"{Name}.contract.json";

    /// <summary>The contract as written beside the template.</summary>
    public string ContractJson => Contract.ToJson();

    /// <summary>Writes both files into <paramref name="directory"/>, replacing older versions.</summary>
    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, DocxFileName), Docx);
        File.WriteAllText(Path.Combine(directory, ContractFileName), ContractJson, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}

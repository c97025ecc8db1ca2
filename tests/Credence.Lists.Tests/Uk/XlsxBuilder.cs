using System.IO.Compression;
using System.Security;
using System.Text;

namespace Credence.Lists.Tests.Uk;

/// <summary>
/// Writes a minimal Office Open XML workbook (inline-string cells only) so the XLSX reader can be tested on small made-up sheets
/// without committing binary fixtures.
/// </summary>
internal static class XlsxBuilder
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>A workbook of the given sheets, in order; each sheet is rows of cell texts.</summary>
    public static byte[] Build(params (string Name, IReadOnlyList<IReadOnlyList<string>> Rows)[] sheets)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var overrides = new StringBuilder();
            var sheetList = new StringBuilder();
            var rels = new StringBuilder();
            for (var i = 1; i <= sheets.Length; i++)
            {
                overrides.Append($"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                sheetList.Append($"<sheet name=\"{SecurityElement.Escape(sheets[i - 1].Name)}\" sheetId=\"{i}\" r:id=\"rId{i}\"/>");
                rels.Append($"<Relationship Id=\"rId{i}\" Type=\"{RelNs}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>");
                Write(zip, $"xl/worksheets/sheet{i}.xml", Sheet(sheets[i - 1].Rows));
            }

            Write(zip, "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + $"<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + overrides + "</Types>");
            Write(zip, "_rels/.rels",
                $"<Relationships xmlns=\"{PackageRelNs}\"><Relationship Id=\"rId1\" Type=\"{RelNs}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Write(zip, "xl/workbook.xml", $"<workbook xmlns=\"{MainNs}\" xmlns:r=\"{RelNs}\"><sheets>{sheetList}</sheets></workbook>");
            Write(zip, "xl/_rels/workbook.xml.rels", $"<Relationships xmlns=\"{PackageRelNs}\">{rels}</Relationships>");
        }

        return buffer.ToArray();
    }

    /// <summary>A zip that is not a workbook.</summary>
    public static byte[] PlainZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "readme.txt", "not a workbook");
        }

        return buffer.ToArray();
    }

    private static string Sheet(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder($"<worksheet xmlns=\"{MainNs}\"><sheetData>");
        for (var r = 0; r < rows.Count; r++)
        {
            sb.Append($"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c].Length == 0) continue;
                sb.Append($"<c r=\"{Column(c)}{r + 1}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(rows[r][c])}</t></is></c>");
            }

            sb.Append("</row>");
        }

        return sb.Append("</sheetData></worksheet>").ToString();
    }

    private static string Column(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + ((index - 1) % 26)) + name;
        return name;
    }

    private static void Write(ZipArchive zip, string path, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        writer.Write(xml);
    }
}

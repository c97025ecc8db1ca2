using System.Text;
using Credence.Lists.Canada;
using Credence.Lists.Common;
using Credence.Lists.Uk;

namespace Credence.Lists.Tests.Uk;

/// <summary>The content sniffers the loader can use to pick the UK and Canada readers, and cancellation of the readers.</summary>
public sealed class UkOfsiListDetectionTests
{
    [Theory]
    [InlineData("Last Updated,10/04/2025\r\nName 6,...", true)]
    [InlineData("\uFEFFLast Updated,10/04/2025", true)]
    [InlineData("last updated,12/02/2016", true)]
    [InlineData("Name 6,Name 1", false)]
    [InlineData("Last", false)]
    [InlineData("", false)]
    public void UkOfsiCsvList_LooksLike_ChecksTheHeadingLine(string head, bool expected) =>
        Assert.Equal(expected, UkOfsiCsvList.LooksLike(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void UkOfsiXlsxList_LooksLike_ChecksTheZipSignature()
    {
        Assert.True(UkOfsiXlsxList.LooksLike(XlsxBuilder.PlainZip()));
        Assert.False(UkOfsiXlsxList.LooksLike("Last Updated,"u8));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<data-set xmlns:xsi=\"x\">", true)]
    [InlineData("<?xml version=\"1.0\"?>\n<sdnList>", false)]
    public void CanadaSemaList_LooksLike_FindsTheRoot(string head, bool expected) =>
        Assert.Equal(expected, CanadaSemaList.LooksLike(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void Read_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var csv = UkOfsiCsv.Text(UkOfsiCsv.Header2025, UkOfsiCsv.Person("1", "A", "B"));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new UkOfsiCsvList().Read(new ListInput { FileName = "c.csv", Content = UkOfsiCsv.Utf8(csv) }, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() =>
            new CanadaSemaList().Read(new ListInput { FileName = "s.xml", Content = Canada.SemaXml.Utf8(Canada.SemaXml.Document(Canada.SemaXml.MinAungHlaing)) }, cancelled.Token));
    }
}

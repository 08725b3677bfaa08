using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Import;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.Import.ImportFiles;

namespace MlCareer.Web.Tests.Import;

/// <summary>Files refused as a whole — too large, too long, binary, not UTF-8 — store nothing.</summary>
public abstract class ImportFileTests(AppFixture app) : ImportTestBase(app)
{
    [Fact]
    public async Task File_Over5Megabytes_RefusedBeforeReading()
    {
        var big = new byte[6 * 1024 * 1024];
        Array.Fill(big, (byte)'a');

        var (preview, stored) = await PreviewAndImportAsync(ImportKind.Hours, big);

        Assert.Equal("Import.TooLarge", preview.FileError?.MessageKey);
        Assert.Contains("6 MB; the most is 5 MB", Message(preview.FileError!), StringComparison.Ordinal);
        Assert.False(stored);
    }

    [Fact]
    public async Task File_Binary_Refused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var (preview, stored) = await PreviewAndImportAsync(ImportKind.Plan, png);

        Assert.Equal("Import.Binary", preview.FileError?.MessageKey);
        Assert.False(stored);
    }

    [Theory]
    [InlineData("windows-1252")]
    [InlineData("utf-16")]
    public async Task File_InAnotherEncoding_RefusedAsNotUtf8(string encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(encoding).GetPreamble()
            .Concat(Encoding.GetEncoding(encoding).GetBytes($"{PlanHeader}\r\nCafé crème,1,DataWrangling,,{Day(2)},{Day(3)},,false,,,\r\n")).ToArray();

        var (preview, stored) = await PreviewAndImportAsync(ImportKind.Plan, bytes);

        Assert.Equal("Import.NotUtf8", preview.FileError?.MessageKey);
        Assert.False(stored);
    }

    [Fact]
    public async Task File_MoreThan50000Rows_Refused()
    {
        var rows = Enumerable.Range(0, 50_001).Select(_ => $"{Week(1)},{Churn},5,1");

        var (preview, stored) = await PreviewAndImportAsync(ImportKind.Hours, Utf8(["week,project,phase,hours", .. rows]));

        Assert.Equal("Import.TooManyRows", preview.FileError?.MessageKey);
        Assert.False(stored);
    }
}

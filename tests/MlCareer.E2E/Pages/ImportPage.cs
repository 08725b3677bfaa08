using System.Text;
using Microsoft.Playwright;
using MlCareer.E2E.Infrastructure;

namespace MlCareer.E2E.Pages;

/// <summary>/import: choose a CSV file, read the preview, confirm.</summary>
public sealed class ImportPage(IPage page)
{
    public ILocator Message => page.GetByTestId("import-message");

    public ILocator Preview => page.GetByTestId("import-preview");

    public ILocator BadRows => page.Locator("[data-testid=preview-check][data-valid=false]");

    public ILocator Confirm => page.GetByTestId("import-confirm");

    public async Task UploadAsync(string fileName, IEnumerable<string> lines) =>
        await FileInputs.ChooseAsync(page.Locator("input.import-file-input:not(.d-none)"), new FilePayload
        {
            Name = fileName,
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"),
        });
}

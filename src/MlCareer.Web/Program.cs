using MlCareer.Data;
using MlCareer.Web.Hosting;

var command = AppCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);

builder.AddMlCareerHosting();
builder.AddMlCareerData();
builder.AddMlCareerIdentity();
builder.AddMlCareerUi();
builder.AddMlCareerApi();

var app = builder.Build();

app.UseMlCareerPipeline();
app.MapDefaultEndpoints();
app.MapMlCareerUi();
app.MapMlCareerApi();

return await app.ServeOrRunAsync(command);

/// <summary>Entry point; public so that integration tests can host the app.</summary>
public partial class Program;

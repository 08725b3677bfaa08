using MlCareer.Data;
using MlCareer.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddMlCareerHosting();
builder.AddMlCareerData();
builder.AddMlCareerIdentity();
builder.AddMlCareerUi();

var app = builder.Build();

app.UseMlCareerPipeline();
app.MapDefaultEndpoints();
app.MapMlCareerUi();

app.Run();

/// <summary>Entry point; public so that integration tests can host the app.</summary>
public partial class Program;

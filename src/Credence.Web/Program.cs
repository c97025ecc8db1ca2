using Credence.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCredenceServer();

var app = builder.Build();
app.UseCredenceServer();
await app.PrepareCredenceStoreAsync();
await app.RunAsync();

/// <summary>The web host's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;

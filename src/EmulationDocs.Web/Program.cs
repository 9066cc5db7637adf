using EmulationDocs.Web.Api;
using EmulationDocs.Web.Features.Account;
using EmulationDocs.Web.Features.Authorization;
using EmulationDocs.Web.Features.Errors;
using EmulationDocs.Web.Features.Previews;
using EmulationDocs.Web.Features.Uploads;
using EmulationDocs.Web.Hosting;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.WebEncoders;
using Scalar.AspNetCore;

// --demo imports the demo organisation (published passwords) into an empty database outside Development too.
var demo = args.Contains("--demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
if (demo) builder.Configuration["Demo:Import"] = "true";

builder.Services.AddEmulationDocsCore(builder.Configuration);
builder.Services.AddEmulationDocsFeatures();
builder.Services.AddEmulationDocsTelemetry(builder.Configuration);
builder.Services.AddAuthenticationSchemes(builder.Environment);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddAuthorizationBuilder()
    // Everything requires a signed-in user unless it opts out ([AllowAnonymous], AllowAnonymous()).
    .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
    .AddAccessPolicies();
builder.Services.AddScoped<IAuthorizationHandler, DocumentAuthorizationHandler>();
builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessResultHandler>();
// Vietnamese text stays readable in the HTML instead of every letter with a diacritic becoming a numeric entity.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddRazorPages(options => options.Conventions.AllowAnonymousToPage("/Account/Login"));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddApiJson();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks()
    .AddCheck("app", () => HealthCheckResult.Healthy())
    .AddCheck<DatabaseHealthCheck>("database")
    .AddCheck<OutboxHealthCheck>("outbox")
    .AddCheck<LibreOfficeHealthCheck>("libreoffice");

var app = builder.Build();

await app.Services.GetRequiredService<ProductBootstrap>().InitializeAsync();

// One error model for every request: the API answers problem details, pages the error page with the same status and message.
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/Error",
    StatusCodeSelector = exception => ErrorProblem.From(exception).Status ?? StatusCodes.Status500InternalServerError,
    // A "not found" refusal keeps its 404 on the error page rather than being rethrown.
    AllowStatusCode404Response = true,
});
if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing")) app.UseHsts();
app.UseMiddleware<SecurityHeaders>();
// Pages answer 404/403 with a Vietnamese page of their own; the API keeps its problem details.
app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePagesWithReExecute("/Status/{0}"));
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseMiddleware<RequestSizeGuard>();
app.UseAuthentication();
app.UseMiddleware<PasswordChangeGate>();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
// The API reference reads /openapi/v1.json; its script is served from the package, and no font is fetched from a CDN.
app.MapScalarApiReference("/api-reference", options => options.WithTitle("EmulationDocs API").DisableDefaultFonts()).AllowAnonymous();
app.MapRazorPages();
app.MapEmulationDocsApi();
app.MapPdfPreviews();

app.Run();

/// <summary>Entry point; public so that WebApplicationFactory can host the app in tests.</summary>
public partial class Program;

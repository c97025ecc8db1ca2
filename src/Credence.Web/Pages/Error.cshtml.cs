using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages;

/// <summary>The readable page people see for an error status; programs get ProblemDetails JSON instead.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Status { get; set; } = 500;

    public string Title => Status switch
    {
        400 => "Bad request",
        403 => "Not allowed",
        404 => "Not found",
        413 => "Upload too large",
        429 => "Too many requests",
        _ => "Something went wrong",
    };

    public string Message => Status switch
    {
        400 => "The request could not be understood. Check what you entered and try again.",
        403 => "Your role does not allow this. Ask an admin if you need it.",
        404 => "There is nothing at this address. It may have been mistyped, or the record does not exist.",
        413 => "The file is larger than this server accepts. Split it, or ask an admin to raise the limit.",
        429 => "Too many attempts in a short time. Wait a minute and try again.",
        _ => "The server could not complete the request. It has been logged; try again, and tell an admin if it persists.",
    };

    public void OnGet()
    {
        if (Status is < 400 or > 599) Status = 500;
    }
}

using System.Buffers.Text;
using System.Globalization;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Credence.Core.Entities;
using Credence.Core.Text;
using Credence.Lists.Letters;
using Credence.Lists.Text;
using Credence.Store.Audit;
using Credence.Store.Credentials;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.SignOn;

/// <summary>
/// Collects endorsements of an open letter from the public: the secretariat drafts and opens a letter (freezing its text
/// with its SHA-256), organisations submit the public form before the deadline, confirm by the emailed link, a moderator
/// approves or rejects each one, and the approved endorsements are published into a challenge. Duplicates are found with
/// the letter parser's name folding, so "the same organisation" means the same thing in a parsed letter and here.
/// </summary>
public sealed partial class SignOnWorkflow
{
    /// <summary>How long a confirmation link works by default: 48 hours.</summary>
    public static readonly TimeSpan DefaultConfirmationLifetime = TimeSpan.FromHours(48);

    /// <summary>Longest organisation name accepted, in characters.</summary>
    public const int MaxOrganisationLength = 300;

    /// <summary>Longest contact name accepted, in characters.</summary>
    public const int MaxContactLength = 200;

    /// <summary>Longest email address accepted, in characters (RFC 5321's path limit).</summary>
    public const int MaxEmailLength = 254;

    private static readonly NameNormalizer Normalizer = new(ScriptAwareTransliterator.Instance);

    private readonly CredenceDbContext _db;
    private readonly TimeProvider _time;
    private readonly AuditLog _audit;
    private readonly IEmailSender _email;
    private readonly TimeSpan _confirmationLifetime;

    /// <param name="db">The store.</param>
    /// <param name="time">The clock for deadlines, token expiry and the audit.</param>
    /// <param name="audit">Where administration and moderation are recorded.</param>
    /// <param name="email">Sends the confirmation emails.</param>
    /// <param name="confirmationLifetime">How long a confirmation link works; default <see cref="DefaultConfirmationLifetime"/>.</param>
    public SignOnWorkflow(CredenceDbContext db, TimeProvider time, AuditLog audit, IEmailSender email, TimeSpan? confirmationLifetime = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(email);
        _db = db;
        _time = time;
        _audit = audit;
        _email = email;
        _confirmationLifetime = confirmationLifetime ?? DefaultConfirmationLifetime;
    }

    /// <summary>The key duplicates are found on: the parser's organisation folding, or the lower-cased text when nothing is left.</summary>
    public static string NormaliseName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var display = Normalizer.Normalize(name, EntitySchema.Organization).Display;
        return display.Length > 0 ? display : name.Trim().ToLowerInvariant();
    }

    /// <summary>SHA-256 of <paramref name="text"/> (UTF-8), lower-case hex.</summary>
    public static string Sha256(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Creates a letter as a draft. A malformed slug, blank title or text, or a past deadline are Invalid; a slug in use is a Conflict.</summary>
    public async Task<CredentialsResult<OpenLetter>> CreateAsync(OpenLetterInput input, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var slug = (input.Slug ?? "").Trim();
        var errors = new List<CredentialsError>();
        if (!SlugPattern().IsMatch(slug) || string.Equals(slug, "confirm", StringComparison.Ordinal))
            errors.Add(new("slug", "Use 3 to 80 lower-case letters, digits and hyphens (not 'confirm'), starting and ending with a letter or digit."));
        ValidateText(input.Title, input.Text, errors);
        if (input.Deadline <= _time.GetUtcNow()) errors.Add(new("deadline", "The deadline must be in the future."));
        if (errors.Count > 0) return CredentialsResult<OpenLetter>.Invalid(errors);
        if (await _db.OpenLetters.AnyAsync(l => l.Slug == slug, cancellationToken).ConfigureAwait(false))
            return CredentialsResult<OpenLetter>.Fail(CredentialsStatus.Conflict, "slug", $"The address '{slug}' is already used by another letter.");
        var letter = new OpenLetter
        {
            Slug = slug,
            Title = input.Title.Trim(),
            Text = input.Text,
            Deadline = input.Deadline,
            Status = OpenLetterStatus.Draft,
            CreatedAt = _time.GetUtcNow(),
            CreatedBy = actor,
        };
        _db.OpenLetters.Add(letter);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "letter.created", $"letter:{letter.Id}", $"{letter.Slug}: {letter.Title}", cancellationToken).ConfigureAwait(false);
        return CredentialsResult<OpenLetter>.Ok(letter);
    }

    /// <summary>Changes a draft's title and text. Once the letter is open its text is frozen: Locked.</summary>
    public async Task<CredentialsResult<OpenLetter>> UpdateDraftAsync(long letterId, string title, string text, string actor, CancellationToken cancellationToken = default)
    {
        var letter = await _db.OpenLetters.FirstOrDefaultAsync(l => l.Id == letterId, cancellationToken).ConfigureAwait(false);
        if (letter is null) return CredentialsResult<OpenLetter>.NotFound("letterId", $"No open letter {letterId}.");
        if (letter.Status != OpenLetterStatus.Draft)
            return CredentialsResult<OpenLetter>.Fail(CredentialsStatus.Locked, "text", "The letter has been opened: its text is frozen.");
        var errors = new List<CredentialsError>();
        ValidateText(title, text, errors);
        if (errors.Count > 0) return CredentialsResult<OpenLetter>.Invalid(errors);
        letter.Title = title.Trim();
        letter.Text = text;
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "letter.edited", $"letter:{letter.Id}", letter.Title, cancellationToken).ConfigureAwait(false);
        return CredentialsResult<OpenLetter>.Ok(letter);
    }

    /// <summary>Opens a draft for signing, freezing its text with its SHA-256. A letter already open or closed, or past its deadline, is a Conflict.</summary>
    public async Task<CredentialsResult<OpenLetter>> OpenAsync(long letterId, string actor, CancellationToken cancellationToken = default)
    {
        var letter = await _db.OpenLetters.FirstOrDefaultAsync(l => l.Id == letterId, cancellationToken).ConfigureAwait(false);
        if (letter is null) return CredentialsResult<OpenLetter>.NotFound("letterId", $"No open letter {letterId}.");
        if (letter.Status != OpenLetterStatus.Draft)
            return CredentialsResult<OpenLetter>.Fail(CredentialsStatus.Conflict, "status", $"The letter is {letter.Status}, not a draft.");
        var now = _time.GetUtcNow();
        if (letter.Deadline <= now) return CredentialsResult<OpenLetter>.Fail(CredentialsStatus.Conflict, "deadline", "The deadline has passed.");
        letter.Status = OpenLetterStatus.Open;
        letter.TextSha256 = Sha256(letter.Text);
        letter.OpenedAt = now;
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "letter.opened", $"letter:{letter.Id}", $"{letter.Slug}, text SHA-256 {letter.TextSha256}", cancellationToken).ConfigureAwait(false);
        return CredentialsResult<OpenLetter>.Ok(letter);
    }

    /// <summary>Stops collecting endorsements. Only an open letter closes; anything else is a Conflict.</summary>
    public async Task<CredentialsResult<OpenLetter>> CloseAsync(long letterId, string actor, CancellationToken cancellationToken = default)
    {
        var letter = await _db.OpenLetters.FirstOrDefaultAsync(l => l.Id == letterId, cancellationToken).ConfigureAwait(false);
        if (letter is null) return CredentialsResult<OpenLetter>.NotFound("letterId", $"No open letter {letterId}.");
        if (letter.Status != OpenLetterStatus.Open)
            return CredentialsResult<OpenLetter>.Fail(CredentialsStatus.Conflict, "status", $"The letter is {letter.Status}, not open.");
        letter.Status = OpenLetterStatus.Closed;
        letter.ClosedAt = _time.GetUtcNow();
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "letter.closed", $"letter:{letter.Id}", letter.Slug, cancellationToken).ConfigureAwait(false);
        return CredentialsResult<OpenLetter>.Ok(letter);
    }

    /// <summary>The letter at <paramref name="slug"/> if the public may see it (open or closed, not a draft); otherwise null.</summary>
    public Task<OpenLetter?> FindPublicAsync(string slug, CancellationToken cancellationToken = default) =>
        _db.OpenLetters.AsNoTracking()
            .FirstOrDefaultAsync(l => l.Slug == slug && l.Status != OpenLetterStatus.Draft, cancellationToken);

    /// <summary>True when <paramref name="letter"/> takes submissions now: open and before its deadline.</summary>
    public bool AcceptsSubmissions(OpenLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return letter.Status == OpenLetterStatus.Open && _time.GetUtcNow() < letter.Deadline;
    }

    /// <summary>
    /// Takes a public submission: validates it, refuses it after the deadline or when the organisation already endorsed
    /// (or has a confirmation pending), stores it with the hash of a new random token and emails the confirmation link.
    /// </summary>
    /// <param name="slug">The letter's slug.</param>
    /// <param name="input">The form.</param>
    /// <param name="clientAddress">The submitting address; only its hash is kept.</param>
    /// <param name="confirmationLink">Makes the link the email carries from the token.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<SignOnSubmission> SubmitAsync(
        string slug, SignOnInput input, string? clientAddress, Func<string, string> confirmationLink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(confirmationLink);
        var letter = await FindPublicAsync(slug, cancellationToken).ConfigureAwait(false);
        if (letter is null || !AcceptsSubmissions(letter)) return SignOnSubmission.Of(SignOnOutcome.NotOpen);
        var (organisation, contact, email, errors) = Validate(input);
        if (errors.Count > 0) return new SignOnSubmission(SignOnOutcome.Invalid, errors);

        var now = _time.GetUtcNow();
        var key = NormaliseName(organisation);
        // A rejected endorsement or an expired, unconfirmed one does not block the organisation from submitting again.
        // SQLite cannot compare DateTimeOffset columns, so expiry is checked on the (few) rows with the same name.
        var earlier = await _db.LetterEndorsements.AsNoTracking()
            .Where(e => e.OpenLetterId == letter.Id && e.NormalisedName == key && e.Moderation != EndorsementModeration.Rejected)
            .Select(e => new { e.ConfirmedAt, e.TokenExpiresAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (earlier.Any(e => e.ConfirmedAt != null || e.TokenExpiresAt > now)) return SignOnSubmission.Of(SignOnOutcome.Duplicate);

        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var expires = now + _confirmationLifetime;
        _db.LetterEndorsements.Add(new LetterEndorsement
        {
            OpenLetterId = letter.Id,
            Organisation = organisation,
            NormalisedName = key.Length > 500 ? key[..500] : key,
            ContactName = contact,
            Email = email,
            TokenHash = Sha256(token),
            TokenExpiresAt = expires,
            Moderation = EndorsementModeration.Pending,
            Anonymous = input.Anonymous,
            SubmittedAt = now,
            AddressHash = clientAddress is null ? null : Sha256("credence-sign-on:" + clientAddress),
        });
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _email.SendAsync(ConfirmationEmail(letter, organisation, contact, email, confirmationLink(token), expires), cancellationToken).ConfigureAwait(false);
        return SignOnSubmission.Of(SignOnOutcome.Submitted);
    }

    /// <summary>Confirms the endorsement whose token is <paramref name="token"/>, if the token has not expired.</summary>
    public async Task<ConfirmOutcome> ConfirmAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return ConfirmOutcome.Unknown;
        var hash = Sha256(token.Trim());
        var endorsement = await _db.LetterEndorsements.FirstOrDefaultAsync(e => e.TokenHash == hash, cancellationToken).ConfigureAwait(false);
        if (endorsement is null) return ConfirmOutcome.Unknown;
        if (endorsement.ConfirmedAt is not null) return ConfirmOutcome.AlreadyConfirmed;
        var now = _time.GetUtcNow();
        if (endorsement.TokenExpiresAt <= now) return ConfirmOutcome.Expired;
        endorsement.ConfirmedAt = now;
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ConfirmOutcome.Confirmed;
    }

    private static void ValidateText(string? title, string? text, List<CredentialsError> errors)
    {
        if (string.IsNullOrWhiteSpace(title)) errors.Add(new("title", "A title is required."));
        else if (title.Trim().Length > ChallengeWorkflow.MaxTitleLength) errors.Add(new("title", $"Longer than {ChallengeWorkflow.MaxTitleLength} characters."));
        if (string.IsNullOrWhiteSpace(text)) errors.Add(new("text", "The letter's text is required."));
        else if (text.Length > LetterParser.MaxInputLength) errors.Add(new("text", "Longer than 5 MB."));
    }

    private static (string Organisation, string Contact, string Email, List<CredentialsError> Errors) Validate(SignOnInput input)
    {
        var errors = new List<CredentialsError>();
        var organisation = Collapse(input.Organisation);
        var contact = Collapse(input.ContactName);
        var email = (input.Email ?? "").Trim();
        if (organisation.Length < 2 || organisation.Length > MaxOrganisationLength)
            errors.Add(new("organisation", $"Give the organisation's name (2 to {MaxOrganisationLength} characters)."));
        if (contact.Length is 0 or > MaxContactLength)
            errors.Add(new("contactName", $"Give a contact name (up to {MaxContactLength} characters)."));
        if (email.Length is 0 or > MaxEmailLength || !MailAddress.TryCreate(email, out var parsed)
            || !string.Equals(parsed.Address, email, StringComparison.Ordinal) || !string.IsNullOrEmpty(parsed.DisplayName))
            errors.Add(new("email", "Give a valid email address, such as name@example.org."));
        return (organisation, contact, email, errors);
    }

    // Control characters (line breaks included) have no place in a name; runs of spaces are one space.
    private static string Collapse(string? value) =>
        string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(part => new string([.. part.Where(c => !char.IsControl(c))]))
            .Where(part => part.Length > 0));

    private static EmailMessage ConfirmationEmail(OpenLetter letter, string organisation, string contact, string email, string link, DateTimeOffset expires) =>
        new(email, "Confirm your endorsement: " + letter.Title, string.Create(CultureInfo.InvariantCulture, $"""
            Dear {contact},

            Someone (we hope you) asked to add {organisation} as an endorser of the open letter "{letter.Title}".

            To confirm, open this link and press the button on the page:
            {link}

            The link works until {expires:yyyy-MM-dd HH:mm} UTC. After confirmation a moderator checks the endorsement
            before it is listed.

            If you did not ask for this, ignore this email: nothing is published without confirmation.
            """));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,78}[a-z0-9]$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SlugPattern();
}

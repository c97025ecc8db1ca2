using Credence.Store.SignOn;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Data;

/// <summary>The sign-on part of the model: open letters and the endorsements collected through the public form.</summary>
public partial class CredenceDbContext
{
    public DbSet<OpenLetter> OpenLetters => Set<OpenLetter>();

    public DbSet<LetterEndorsement> LetterEndorsements => Set<LetterEndorsement>();

    private static void OnSignOnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OpenLetter>(letter =>
        {
            letter.ToTable("OpenLetters");
            letter.Property(l => l.Slug).HasMaxLength(80);
            letter.Property(l => l.Title).HasMaxLength(500);
            letter.Property(l => l.TextSha256).HasMaxLength(64);
            letter.Property(l => l.Status).HasConversion<string>().HasMaxLength(16);
            letter.Property(l => l.CreatedBy).HasMaxLength(200);
            letter.HasIndex(l => l.Slug).IsUnique();
        });

        modelBuilder.Entity<LetterEndorsement>(endorsement =>
        {
            endorsement.ToTable("LetterEndorsements");
            endorsement.Property(e => e.Organisation).HasMaxLength(500);
            endorsement.Property(e => e.NormalisedName).HasMaxLength(500);
            endorsement.Property(e => e.ContactName).HasMaxLength(200);
            endorsement.Property(e => e.Email).HasMaxLength(320);
            endorsement.Property(e => e.TokenHash).HasMaxLength(64);
            endorsement.Property(e => e.Moderation).HasConversion<string>().HasMaxLength(16);
            endorsement.Property(e => e.ModerationReason).HasMaxLength(1000);
            endorsement.Property(e => e.ModeratedBy).HasMaxLength(200);
            endorsement.Property(e => e.AddressHash).HasMaxLength(64);
            endorsement.HasOne<OpenLetter>().WithMany().HasForeignKey(e => e.OpenLetterId).OnDelete(DeleteBehavior.Cascade);
            endorsement.HasIndex(e => new { e.OpenLetterId, e.NormalisedName });
            endorsement.HasIndex(e => e.TokenHash).IsUnique();
            endorsement.HasIndex(e => new { e.OpenLetterId, e.Moderation });
        });
    }
}

using Credence.Store.Credentials.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Store.Data;

/// <summary>The assembly credentials part of the model (members, sessions, delegations, decisions, challenges).</summary>
public partial class CredenceDbContext
{
    public DbSet<Member> Members => Set<Member>();

    public DbSet<GovernmentAuthority> Authorities => Set<GovernmentAuthority>();

    public DbSet<AuthorityClaim> AuthorityClaims => Set<AuthorityClaim>();

    public DbSet<RecognitionDecision> RecognitionDecisions => Set<RecognitionDecision>();

    public DbSet<RuleSet> RuleSets => Set<RuleSet>();

    public DbSet<AssemblySession> AssemblySessions => Set<AssemblySession>();

    public DbSet<Delegation> Delegations => Set<Delegation>();

    public DbSet<DelegationVersion> DelegationVersions => Set<DelegationVersion>();

    public DbSet<DelegationPerson> DelegationPersons => Set<DelegationPerson>();

    public DbSet<CredentialLetter> CredentialLetters => Set<CredentialLetter>();

    public DbSet<FocalPointAssignment> FocalPoints => Set<FocalPointAssignment>();

    public DbSet<Restriction> Restrictions => Set<Restriction>();

    public DbSet<RepresentationDispute> RepresentationDisputes => Set<RepresentationDispute>();

    public DbSet<DisputeDelegation> DisputeDelegations => Set<DisputeDelegation>();

    public DbSet<CredentialsDecision> CredentialsDecisions => Set<CredentialsDecision>();

    public DbSet<DecisionEvidence> DecisionEvidence => Set<DecisionEvidence>();

    public DbSet<Challenge> Challenges => Set<Challenge>();

    public DbSet<ChallengeEndorsement> ChallengeEndorsements => Set<ChallengeEndorsement>();

    public DbSet<ChallengeContact> ChallengeContacts => Set<ChallengeContact>();

    public DbSet<DelegateScreening> DelegateScreenings => Set<DelegateScreening>();

    public DbSet<CommitteeNotice> CommitteeNotices => Set<CommitteeNotice>();

    private static void OnCredentialsModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Member>(member =>
        {
            member.ToTable("Members");
            member.Property(m => m.CountryCode).HasMaxLength(2);
            member.Property(m => m.Name).HasMaxLength(200);
            member.Property(m => m.MemberBody).HasMaxLength(300);
            member.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            member.HasIndex(m => m.CountryCode).IsUnique();
        });

        modelBuilder.Entity<GovernmentAuthority>(authority =>
        {
            authority.ToTable("GovernmentAuthorities");
            authority.Property(a => a.Name).HasMaxLength(300);
            authority.Property(a => a.CountryCode).HasMaxLength(2);
        });

        modelBuilder.Entity<AuthorityClaim>(claim =>
        {
            claim.ToTable("AuthorityClaims");
            claim.Property(c => c.RecordedBy).HasMaxLength(200);
            claim.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
            claim.HasOne<GovernmentAuthority>().WithMany().HasForeignKey(c => c.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<RecognitionDecision>(decision =>
        {
            decision.ToTable("RecognitionDecisions");
            Decided(decision.Property(d => d.Outcome), decision.Property(d => d.Organ), decision.Property(d => d.RecordedBy));
            decision.HasOne<AuthorityClaim>().WithMany().HasForeignKey(d => d.ClaimId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<RuleSet>(rules =>
        {
            rules.ToTable("RuleSets");
            rules.Property(r => r.Code).HasMaxLength(100);
            rules.Property(r => r.Name).HasMaxLength(300);
            rules.Property(r => r.Sha256).HasMaxLength(64);
            rules.Property(r => r.LoadedBy).HasMaxLength(200);
            rules.HasIndex(r => r.Code).IsUnique();
        });

        modelBuilder.Entity<AssemblySession>(session =>
        {
            session.ToTable("AssemblySessions");
            session.Property(s => s.Name).HasMaxLength(300);
            session.Property(s => s.Place).HasMaxLength(200);
            session.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            session.HasOne<RuleSet>().WithMany().HasForeignKey(s => s.RuleSetId).OnDelete(DeleteBehavior.Restrict);
            session.HasIndex(s => s.Number).IsUnique();
        });

        OnDelegationModelCreating(modelBuilder);
        OnDecisionModelCreating(modelBuilder);
        OnChallengeModelCreating(modelBuilder);
    }

    private static void OnDelegationModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Delegation>(delegation =>
        {
            delegation.ToTable("Delegations");
            delegation.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            delegation.Property(d => d.Channel).HasConversion<string>().HasMaxLength(16);
            delegation.Property(d => d.SubmittedBy).HasMaxLength(200);
            delegation.HasOne<Member>().WithMany().HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Restrict);
            delegation.HasOne<AssemblySession>().WithMany().HasForeignKey(d => d.SessionId).OnDelete(DeleteBehavior.Restrict);
            delegation.HasOne<GovernmentAuthority>().WithMany().HasForeignKey(d => d.AuthorityId).OnDelete(DeleteBehavior.Restrict);
            // One delegation per member, session and submitting authority; a second authority makes a second row (a dispute).
            delegation.HasIndex(d => new { d.SessionId, d.MemberId, d.AuthorityId }).IsUnique();
        });

        modelBuilder.Entity<DelegationVersion>(version =>
        {
            version.ToTable("DelegationVersions");
            version.Property(v => v.ChangedBy).HasMaxLength(200);
            version.Property(v => v.Reason).HasMaxLength(2000);
            version.HasOne<Delegation>().WithMany().HasForeignKey(v => v.DelegationId).OnDelete(DeleteBehavior.Restrict);
            version.HasIndex(v => new { v.DelegationId, v.Version }).IsUnique();
        });

        modelBuilder.Entity<DelegationPerson>(person =>
        {
            person.ToTable("DelegationPersons");
            person.Property(p => p.Role).HasConversion<string>().HasMaxLength(16);
            person.Property(p => p.Name).HasMaxLength(300);
            person.Property(p => p.BirthDate).HasMaxLength(10);
            person.Property(p => p.Nationality).HasMaxLength(2);
            person.Property(p => p.DocumentNumber).HasMaxLength(64);
            person.HasOne<Delegation>().WithMany().HasForeignKey(p => p.DelegationId).OnDelete(DeleteBehavior.Restrict);
            person.HasIndex(p => new { p.DelegationId, p.Version });
        });

        modelBuilder.Entity<CredentialLetter>(letter =>
        {
            letter.ToTable("CredentialLetters");
            letter.Property(l => l.Office).HasConversion<string>().HasMaxLength(24);
            letter.Property(l => l.FileName).HasMaxLength(260);
            letter.Property(l => l.Sha256).HasMaxLength(64);
            letter.Property(l => l.UploadedBy).HasMaxLength(200);
            letter.HasOne<Delegation>().WithMany().HasForeignKey(l => l.DelegationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<FocalPointAssignment>(focal =>
        {
            focal.ToTable("FocalPointAssignments");
            focal.Property(f => f.UserName).HasMaxLength(256);
            focal.Property(f => f.AssignedBy).HasMaxLength(200);
            focal.HasOne<Member>().WithMany().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Cascade);
            focal.HasIndex(f => new { f.UserName, f.MemberId }).IsUnique();
        });

        modelBuilder.Entity<DelegateScreening>(link =>
        {
            link.ToTable("DelegateScreenings");
            link.Property(l => l.ScreenedName).HasMaxLength(300);
            link.Property(l => l.Trigger).HasMaxLength(16);
            link.HasOne<DelegationPerson>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
            link.HasOne<ScreeningRecord>().WithMany().HasForeignKey(l => l.ScreeningId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => l.PersonId);
        });
    }

    private static void OnDecisionModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Restriction>(restriction =>
        {
            restriction.ToTable("Restrictions");
            restriction.Property(r => r.Type).HasConversion<string>().HasMaxLength(16);
            restriction.Property(r => r.LegalBasis).HasMaxLength(1000);
            restriction.Property(r => r.RecordedBy).HasMaxLength(200);
            restriction.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
            restriction.HasIndex(r => r.MemberId);
        });

        modelBuilder.Entity<RepresentationDispute>(dispute =>
        {
            dispute.ToTable("RepresentationDisputes");
            dispute.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            dispute.HasOne<Member>().WithMany().HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Restrict);
            dispute.HasOne<AssemblySession>().WithMany().HasForeignKey(d => d.SessionId).OnDelete(DeleteBehavior.Restrict);
            dispute.HasIndex(d => new { d.SessionId, d.MemberId });
        });

        modelBuilder.Entity<DisputeDelegation>(link =>
        {
            link.ToTable("DisputeDelegations");
            link.HasOne<RepresentationDispute>().WithMany().HasForeignKey(l => l.DisputeId).OnDelete(DeleteBehavior.Cascade);
            link.HasOne<Delegation>().WithMany().HasForeignKey(l => l.DelegationId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => new { l.DisputeId, l.DelegationId }).IsUnique();
        });

        modelBuilder.Entity<CredentialsDecision>(decision =>
        {
            decision.ToTable("CredentialsDecisions");
            Decided(decision.Property(d => d.Outcome), decision.Property(d => d.Organ), decision.Property(d => d.RecordedBy));
            decision.Property(d => d.Vote).HasConversion<string>().HasMaxLength(16);
            decision.Property(d => d.Visibility).HasConversion<string>().HasMaxLength(16);
            decision.Property(d => d.CitedArticles).HasMaxLength(2000);
            decision.HasOne<Member>().WithMany().HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Restrict);
            decision.HasOne<AssemblySession>().WithMany().HasForeignKey(d => d.SessionId).OnDelete(DeleteBehavior.Restrict);
            decision.HasIndex(d => new { d.SessionId, d.MemberId });
        });

        modelBuilder.Entity<DecisionEvidence>(evidence =>
        {
            evidence.ToTable("DecisionEvidence");
            evidence.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
            evidence.HasOne<CredentialsDecision>().WithMany().HasForeignKey(e => e.DecisionId).OnDelete(DeleteBehavior.Cascade);
            evidence.HasIndex(e => e.DecisionId);
        });

        modelBuilder.Entity<CommitteeNotice>(notice =>
        {
            notice.ToTable("CommitteeNotices");
            notice.Property(n => n.Kind).HasConversion<string>().HasMaxLength(24);
            notice.Property(n => n.Message).HasMaxLength(2000);
            notice.HasIndex(n => new { n.SessionId, n.MemberId });
        });
    }

    private static void OnChallengeModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Challenge>(challenge =>
        {
            challenge.ToTable("Challenges");
            challenge.Property(c => c.Title).HasMaxLength(500);
            challenge.Property(c => c.Target).HasConversion<string>().HasMaxLength(16);
            challenge.Property(c => c.ReceivedBy).HasMaxLength(200);
            challenge.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
            challenge.HasOne<AssemblySession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Restrict);
            challenge.HasIndex(c => new { c.SessionId, c.MemberId });
        });

        modelBuilder.Entity<ChallengeEndorsement>(endorsement =>
        {
            endorsement.ToTable("ChallengeEndorsements");
            endorsement.Property(e => e.Organisation).HasMaxLength(500);
            endorsement.HasOne<Challenge>().WithMany().HasForeignKey(e => e.ChallengeId).OnDelete(DeleteBehavior.Cascade);
            endorsement.HasIndex(e => new { e.ChallengeId, e.Number });
        });

        modelBuilder.Entity<ChallengeContact>(contact =>
        {
            contact.ToTable("ChallengeContacts");
            contact.Property(c => c.Name).HasMaxLength(300);
            contact.Property(c => c.Organisation).HasMaxLength(500);
            contact.Property(c => c.Email).HasMaxLength(320);
            contact.HasOne<Challenge>().WithMany().HasForeignKey(c => c.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    // Decisions of either kind: the outcome as a string, the organ and the recorder bounded.
    private static void Decided<TOutcome>(
        PropertyBuilder<TOutcome> outcome, PropertyBuilder<string> organ, PropertyBuilder<string> recordedBy)
    {
        outcome.HasConversion<string>().HasMaxLength(32);
        organ.HasMaxLength(200);
        recordedBy.HasMaxLength(200);
    }
}

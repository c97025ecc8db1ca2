using System.Globalization;
using Credence.Core.Entities;

namespace Credence.Lists.OpenSanctions;

/// <summary>Applies OpenSanctions delta operations to a set of FollowTheMoney entities.</summary>
public static class FtmDelta
{
    /// <summary>
    /// Applies <paramref name="operations"/> in order to <paramref name="entities"/> (keyed by entity id, ordinal): ADD and MOD put
    /// the operation's entity in place of any entity with the same id, DEL removes the id. An operation on an id the set lacks is
    /// applied as far as it can be (MOD adds, DEL does nothing), because a delta read on its own has no base to check against. An
    /// unknown operation is an error diagnostic and is skipped.
    /// </summary>
    public static void Apply(IDictionary<string, FtmRecord> entities, IEnumerable<FtmDeltaRecord> operations, string fileName,
        ICollection<ParseDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var operation in operations)
        {
            switch (operation.Op)
            {
                case "ADD":
                case "MOD":
                    entities[operation.Entity.Id] = operation.Entity;
                    break;
                case "DEL":
                    entities.Remove(operation.Entity.Id);
                    break;
                default:
                    diagnostics.Add(new ParseDiagnostic(fileName, string.Create(CultureInfo.InvariantCulture, $"line {operation.Line}"),
                        "op", $"Unknown delta operation \"{operation.Op}\" (expected ADD, MOD or DEL); the line was skipped.",
                        DiagnosticSeverity.Error));
                    break;
            }
        }
    }
}

using Credence.Core.Entities;

namespace Credence.Lists.Ofac;

/// <summary>
/// One row of sdn_comments.csv / cons_comments.csv: ent_num and the remarks text that did not fit in the primary file's remarks column.
/// OFAC cuts the remarks at a fixed length, so this text continues them mid-word.
/// </summary>
public sealed record OfacCsvCommentRecord(RawRecordRef Raw, int EntNum, string? Remarks);

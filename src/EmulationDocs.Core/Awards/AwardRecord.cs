namespace EmulationDocs.Core.Awards;

/// <summary>
/// One line of the awards register (sổ khen thưởng): a person or a collective granted a title or form of award by one
/// decision. Written when an award decision is issued (<see cref="AwardRegisterWriter"/>); the register is what the
/// office searches, exports and, later, checks criteria against.
/// </summary>
public sealed class AwardRecord
{
    public long Id { get; init; }

    public AwardeeKind Kind { get; init; }

    /// <summary>The person's full name or the collective's name, as the decision prints it.</summary>
    public required string Name { get; init; }

    /// <summary>The person's position (chức vụ); null for a collective.</summary>
    public string? Position { get; init; }

    /// <summary>The awardee's unit as the decision prints it ("Trường THCS Trực Đại").</summary>
    public required string UnitName { get; init; }

    /// <summary>
    /// The organisation unit the award belongs to, which the register's visibility and its unit filter use: the unit the
    /// decision's unit line names when the organisation has it, else the unit that proposed the award.
    /// </summary>
    public required string UnitId { get; init; }

    /// <summary>The title or form of award ("Lao động tiên tiến", "Giấy khen của Chủ tịch UBND huyện").</summary>
    public required string Title { get; init; }

    /// <summary>The year the award is for (the decision's year).</summary>
    public int Year { get; init; }

    /// <summary>Number and symbol of the decision, "05/QĐ-UBND".</summary>
    public required string DecisionNumber { get; init; }

    public DateOnly DecisionDate { get; init; }

    /// <summary>Who granted it, as the decision names its authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TRỰC NINH").</summary>
    public required string IssuingAuthority { get; init; }

    /// <summary>The unit whose decision it is.</summary>
    public required string IssuingUnitId { get; init; }

    /// <summary>Reward money in VND; null when unknown (the award decision's contract does not carry amounts yet).</summary>
    public long? Amount { get; init; }

    /// <summary>The chain instance that issued the decision; null for awards imported from earlier years.</summary>
    public Guid? InstanceId { get; init; }

    /// <summary>The issued (frozen) version of the decision; null for imported awards.</summary>
    public long? DocumentVersionId { get; set; }

    /// <summary>Set when the record is written with its decision, so EF fills in <see cref="DocumentVersionId"/> in the same save.</summary>
    public Documents.DocumentVersion? DocumentVersion { get; set; }

    /// <summary>Name, title and unit folded for search (<see cref="AwardSearchText"/>).</summary>
    public required string SearchText { get; init; }

    public DateTime CreatedAt { get; init; }
}

/// <summary>Cá nhân or tập thể.</summary>
public enum AwardeeKind
{
    Individual,
    Collective,
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace EmulationDocs.Core.Persistence;

/// <summary>
/// Databases made by the release of November 2026 got their schema from hand-written migrations, whose ids are in their
/// history. The generated baseline builds exactly that schema, so such a database gets the baseline recorded as applied in
/// place of those ids (after checking that its tables and columns are the release's), and the later migrations then run as
/// on any other database. Anything else that carries hand-written ids is refused before a migration touches it.
/// </summary>
internal static partial class HandWrittenReleaseUpgrade
{
    private static readonly string[] HandWrittenIds =
        ["20261123000001_Initial", "20261123000002_OrgLevels", "20261123000003_Timers", "20261123000004_Outbox"];

    /// <summary>The release's tables and columns, as its last hand-written migration (M0004_Outbox) left them.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> ReleaseTables = new Dictionary<string, string[]>
    {
        ["ballots"] = ["Id", "InstanceId", "StepId", "UserId", "Candidate", "Agree", "Written"],
        ["commands"] = ["Key", "InstanceId", "ResultJson", "At"],
        ["definitions"] = ["Id", "Version", "Json", "PublishedAt"],
        ["delegations"] = ["Id", "FromUserId", "DelegateId", "UnitId", "Role", "Prefix", "ValidFrom", "ValidTo"],
        ["document_versions"] = ["Id", "InstanceId", "Role", "UnitId", "Version", "Template", "Hash", "Content", "Frozen", "Reference", "CreatedAt"],
        ["history"] = ["Id", "InstanceId", "At", "UserId", "Role", "UnitId", "StepId", "Action", "Comment", "DocumentHash"],
        ["instances"] = ["Id", "DefinitionId", "DefinitionVersion", "UnitId", "OriginUnitId", "InitiatorId", "StepId", "Status", "Title", "DataJson", "CreatedAt", "UpdatedAt", "Revision"],
        ["notifications"] = ["Id", "InstanceId", "TaskId", "Kind", "Role", "UnitId", "UserId", "Message", "CreatedAt"],
        ["number_series"] = ["SeriesKey", "Year", "LastNumber"],
        ["org_levels"] = ["Name", "Rank"],
        ["outbox"] = ["Id", "InstanceId", "DocumentVersionId", "RecipientUnitId", "RecipientLine", "Address", "Subject", "Body", "State", "Attempts", "NextAttemptAt", "LastError", "SentAt", "ClaimedBy", "ClaimedUntil", "CreatedAt"],
        ["role_assignments"] = ["Id", "UserId", "UnitId", "Role", "Title"],
        ["tasks"] = ["Id", "InstanceId", "StepId", "StepKind", "Role", "UnitId", "UserId", "ClaimedBy", "State", "CreatedAt", "DueAt", "CompletedAt", "CompletedBy", "Outcome", "Revision"],
        ["timers"] = ["Id", "InstanceId", "TaskId", "Kind", "DueAt", "ClaimedBy", "ClaimedUntil", "DoneAt", "Outcome"],
        ["units"] = ["Id", "Name", "Level", "ParentId", "Abbreviation", "HeaderName", "Place", "Email", "Aliases"],
        ["users"] = ["Id", "FullName", "Email", "PasswordHash"],
    };

    /// <summary>Records the baseline in place of the hand-written ids when the history holds them; does nothing otherwise.</summary>
    /// <exception cref="InvalidOperationException">The history holds some hand-written ids but not the release's, or the schema is not the release's.</exception>
    public static async Task ApplyAsync(EmulationDocsDbContext context, ILogger logger, CancellationToken cancellationToken)
    {
        var history = context.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken)) return;
        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(r => r.MigrationId).ToHashSet(StringComparer.Ordinal);
        var handWritten = HandWrittenIds.Where(applied.Contains).ToList();
        if (handWritten.Count == 0) return;

        var baseline = context.GetService<IMigrationsAssembly>().Migrations.Keys.Min(StringComparer.Ordinal)
            ?? throw new InvalidOperationException("The migrations assembly holds no migration.");
        if (applied.Contains(baseline)) return;
        if (handWritten.Count != HandWrittenIds.Length)
        {
            throw Refuse(logger, $"its migration history ends at {handWritten[^1]}, before the release of November 2026 (which ends at {HandWrittenIds[^1]}). " +
                "Upgrade it with that release first, then start this one.");
        }

        if (await FirstMissingColumnAsync(context, cancellationToken) is { } missing)
        {
            throw Refuse(logger, $"its history names the release of November 2026, but its schema is not that release's: {missing}. " +
                "Restore a backup made by that release, or compare the schema with the release's before starting this one.");
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        foreach (var id in handWritten)
        {
            await context.Database.ExecuteSqlRawAsync(history.GetDeleteScript(id), cancellationToken);
        }
        await context.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogBaselineRecorded(logger, baseline);
    }

    /// <summary>The first release table or column this database lacks ("table units, column Aliases"), or null when it has them all.</summary>
    private static async Task<string?> FirstMissingColumnAsync(EmulationDocsDbContext context, CancellationToken cancellationToken)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        foreach (var (table, columns) in ReleaseTables)
        {
            foreach (var column in columns)
            {
                // Names come from the list above, never from input; selecting no row reads nothing.
                var probe = $"SELECT {sql.DelimitIdentifier(column)} FROM {sql.DelimitIdentifier(table)} WHERE 1 = 0";
                try
                {
                    await context.Database.ExecuteSqlRawAsync(probe, cancellationToken);
                }
                catch (DbException)
                {
                    return $"table {table}, column {column}";
                }
            }
        }
        return null;
    }

    private static InvalidOperationException Refuse(ILogger logger, string reason)
    {
        LogRefused(logger, reason);
        return new InvalidOperationException($"This database cannot be upgraded: {reason}");
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Database made by the release of November 2026 (hand-written migrations): recorded the generated baseline {Baseline} as applied in their place")]
    private static partial void LogBaselineRecorded(ILogger logger, string baseline);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to upgrade the database: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}

using EmulationDocs.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Tests.Persistence;

/// <summary>
/// SQLite serves the web app's concurrent users: readers must not wait for a writer (write-ahead log), and a waiting writer
/// must be woken by SQLite itself (busy timeout), not by the driver's 150 ms retry sleeps.
/// </summary>
public sealed class SqliteConcurrencyTests
{
    [Fact]
    public async Task A_migrated_database_uses_the_write_ahead_log_and_every_connection_waits_inside_sqlite()
    {
        using var database = await TemporaryDatabase.CreateAsync();
        await using var context = database.Factory.Create();

        Assert.Equal("wal", await ScalarAsync(context, "PRAGMA journal_mode;"));
        Assert.Equal("10000", await ScalarAsync(context, "PRAGMA busy_timeout;"));
    }

    [Fact]
    public async Task A_reader_is_answered_while_a_writer_holds_the_database_exclusively()
    {
        using var database = await TemporaryDatabase.CreateAsync("nam-dinh-2022.json");
        await using var writer = database.Factory.Create();
        await writer.Database.OpenConnectionAsync();
        // An exclusive lock is what a writer takes to commit; with a rollback journal every reader waits for it.
        await writer.Database.ExecuteSqlRawAsync("BEGIN EXCLUSIVE;");
        await writer.Database.ExecuteSqlRawAsync("UPDATE units SET Name = 'Đang sửa' WHERE Id = 'truc-ninh';");

        await using var reader = database.Factory.Create();
        var read = reader.Units.AsNoTracking().Where(u => u.Id == "truc-ninh").Select(u => u.Name).SingleAsync();
        try
        {
            // Answered while the lock is still held: with a rollback journal the reader fails "database is locked" after
            // the busy time-out instead; the generous limit only stops a hung test.
            Assert.Equal("Ủy ban nhân dân huyện Trực Ninh", await read.WaitAsync(TimeSpan.FromSeconds(60)));
        }
        finally
        {
            await writer.Database.ExecuteSqlRawAsync("ROLLBACK;");
        }
    }

    private static async Task<string> ScalarAsync(DbContext context, string sql)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}

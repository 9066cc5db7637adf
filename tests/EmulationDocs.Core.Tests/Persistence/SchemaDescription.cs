using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Tests.Persistence;

/// <summary>
/// A database's schema read back from the database itself, one line per column, index and constraint, sorted, leaving out
/// EF Core's own bookkeeping tables: two databases with equal descriptions have the same tables, columns, types,
/// nullability, keys, indexes and foreign keys.
/// </summary>
internal static class SchemaDescription
{
    public static async Task<string> OfAsync(DatabaseFactory factory)
    {
        await using var context = factory.Create();
        var lines = factory.Options.Provider == DatabaseProvider.Sqlite ? await SqliteAsync(context) : await PostgreSqlAsync(context);
        lines.Sort(StringComparer.Ordinal);
        // Joined so that a failing comparison shows every difference at once.
        return string.Join('\n', lines);
    }

    private static async Task<List<string>> SqliteAsync(EmulationDocsDbContext context) =>
        await context.Database.SqlQueryRaw<string>("""
            SELECT 'column ' || m.name || '.' || c.name || ' ' || c.type || (CASE WHEN c."notnull" = 1 THEN ' not null' ELSE '' END) || ' pk=' || c.pk AS "Value"
              FROM sqlite_master m, pragma_table_info(m.name) c
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EFMigrations%'
            UNION ALL
            SELECT 'index ' || m.tbl_name || ' ' || coalesce(m.sql, m.name) FROM sqlite_master m
             WHERE m.type = 'index' AND m.tbl_name NOT LIKE '__EFMigrations%'
            UNION ALL
            SELECT 'foreign key ' || m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' on delete ' || f.on_delete
              FROM sqlite_master m, pragma_foreign_key_list(m.name) f
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EFMigrations%'
            """).ToListAsync();

    private static async Task<List<string>> PostgreSqlAsync(EmulationDocsDbContext context) =>
        await context.Database.SqlQueryRaw<string>("""
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' nullable=' || is_nullable
                   || ' identity=' || coalesce(identity_generation, 'no') || ' default=' || coalesce(column_default, '') AS "Value"
              FROM information_schema.columns
             WHERE table_schema = 'public' AND table_name NOT LIKE '__EFMigrations%'
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes
             WHERE schemaname = 'public' AND tablename NOT LIKE '__EFMigrations%'
            UNION ALL
            SELECT 'constraint ' || rel.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
              FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
             WHERE ns.nspname = 'public' AND rel.relname NOT LIKE '__EFMigrations%'
            """).ToListAsync();
}

using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EmulationDocs.Core.Tests.Organisation;

/// <summary>The four-level demo organisation in a database of its own, since these tests change it.</summary>
public sealed class AdministeredDatabase : IAsyncLifetime
{
    internal TemporaryDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await TemporaryDatabase.CreateAsync("nam-dinh-2022.json");

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class OrganisationAdministrationTests(AdministeredDatabase fixture) : IClassFixture<AdministeredDatabase>
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private OrganisationAdministration Administration => new(fixture.Database.Factory, new FakeTimeProvider(Now));

    [Fact]
    public async Task Creates_a_unit_below_its_parent_with_its_address_book_entry()
    {
        await Administration.CreateUnitAsync(new NewUnit("truc-my", "truc-ninh", "commune", " Ủy ban nhân dân xã Trực Mỹ ", "ỦY BAN NHÂN DÂN\r\nXÃ TRỰC MỸ",
            "UBND", "Trực Mỹ", " ubnd.trucmy@example.gov.vn ", ["UBND xã Trực Mỹ", " ", "UBND xã Trực Mỹ"]));

        await using var db = fixture.Database.Factory.Create();
        var unit = await new UnitDirectory(db).GetAsync("truc-my");
        Assert.Equal(("truc-ninh", "commune", "Ủy ban nhân dân xã Trực Mỹ", "ỦY BAN NHÂN DÂN\nXÃ TRỰC MỸ", "ubnd.trucmy@example.gov.vn"),
            (unit.ParentId, unit.Level, unit.Name, unit.HeaderName, unit.Email));
        Assert.Equal(["UBND xã Trực Mỹ"], unit.AliasList);
    }

    [Fact]
    public async Task A_refused_unit_lists_every_problem_in_both_languages_and_writes_nothing()
    {
        var error = await Assert.ThrowsAsync<OrganisationException>(() => Administration.CreateUnitAsync(
            new NewUnit("Trực Mỹ", "truc-dai", "district", "", "X", "UBND", " ", "khong-phai-email")));

        Assert.Equal(5, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains("is not below the parent's level 'commune'", StringComparison.Ordinal));
        Assert.Equal(
            [
                "Mã đơn vị chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ truc-dai), tối đa 64 ký tự.",
                "Đơn vị trực thuộc phải ở cấp thấp hơn đơn vị cấp trên (Ủy ban nhân dân xã Trực Đại).",
                "Tên đơn vị không được để trống.",
                "Địa danh không được để trống.",
                "Địa chỉ e-mail 'khong-phai-email' không hợp lệ.",
            ], error.UserMessage.Split('\n'));
        await using var db = fixture.Database.Factory.Create();
        Assert.False(await db.Units.AnyAsync(u => u.Name == "" || u.Id == "Trực Mỹ"));
    }

    [Fact]
    public async Task Updates_a_unit_and_clears_its_email()
    {
        await Administration.UpdateUnitAsync("truc-thang", new UnitDetails("Ủy ban nhân dân xã Trực Thắng", "ỦY BAN NHÂN DÂN\nXÃ TRỰC THẮNG", "UBND", "Trực Thắng", "", []));

        await using var db = fixture.Database.Factory.Create();
        var unit = await db.Units.SingleAsync(u => u.Id == "truc-thang");
        Assert.Null(unit.Email);
        Assert.Null(unit.Aliases);
        await Assert.ThrowsAsync<OrganisationException>(() => Administration.UpdateUnitAsync("khong-co", new UnitDetails("X", "X", "X", "X", null)));
    }

    [Fact]
    public async Task Creates_a_user_with_a_hashed_password_and_a_first_role_then_resets_the_password()
    {
        await Administration.CreateUserAsync(new NewUser("vanthu2.trucdai", "Đỗ Thị Lan", "lan.dt@example.gov.vn", "MatKhau@2025"), new RoleGrant("truc-dai", Roles.Registry));

        await using (var db = fixture.Database.Factory.Create())
        {
            var user = await db.Users.SingleAsync(u => u.Id == "vanthu2.trucdai");
            Assert.True(PasswordHashing.Verify(user.PasswordHash!, "MatKhau@2025"));
            Assert.Equal([new HeldRole(Roles.Registry, "truc-dai", "")], await new UnitDirectory(db).RolesOfAsync("vanthu2.trucdai"));
        }

        await Administration.ResetPasswordAsync("vanthu2.trucdai", "MatKhauMoi@2025");
        await Administration.UpdateUserAsync("vanthu2.trucdai", "Đỗ Thị Lan Anh", null);
        await using (var db = fixture.Database.Factory.Create())
        {
            var user = await db.Users.SingleAsync(u => u.Id == "vanthu2.trucdai");
            Assert.True(PasswordHashing.Verify(user.PasswordHash!, "MatKhauMoi@2025"));
            Assert.False(PasswordHashing.Verify(user.PasswordHash!, "MatKhau@2025"));
            Assert.Equal(("Đỗ Thị Lan Anh", null), (user.FullName, user.Email));
        }

        var duplicate = await Assert.ThrowsAsync<OrganisationException>(() =>
            Administration.CreateUserAsync(new NewUser("vanthu2.trucdai", "X", null, "MatKhau@2025"), new RoleGrant("truc-dai", Roles.Clerk)));
        Assert.Equal("Đã có người dùng mang tên đăng nhập 'vanthu2.trucdai'.", duplicate.UserMessage);
        var shortPassword = await Assert.ThrowsAsync<OrganisationException>(() => Administration.ResetPasswordAsync("vanthu2.trucdai", "Ngan@12"));
        Assert.Equal("Mật khẩu phải có ít nhất 10 ký tự.", shortPassword.UserMessage);
    }

    [Fact]
    public async Task A_refused_user_is_not_created_and_its_role_is_not_granted()
    {
        await Assert.ThrowsAsync<OrganisationException>(() =>
            Administration.CreateUserAsync(new NewUser("nguoi.moi", "Người Mới", null, "MatKhau@2025"), new RoleGrant("khong-co", Roles.Clerk)));

        await using var db = fixture.Database.Factory.Create();
        Assert.False(await db.Users.AnyAsync(u => u.Id == "nguoi.moi"));
        Assert.False(await db.RoleAssignments.AnyAsync(r => r.UserId == "nguoi.moi"));
    }

    [Fact]
    public async Task Revoking_a_role_ends_the_delegations_given_of_it()
    {
        await Administration.GrantRoleAsync("vanhoa.truchung", new RoleGrant("truc-hung", Roles.Deputy, "PHÓ CHÁNH VĂN PHÒNG"));
        var again = await Assert.ThrowsAsync<OrganisationException>(() => Administration.GrantRoleAsync("vanhoa.truchung", new RoleGrant("truc-hung", Roles.Deputy)));
        Assert.Equal("Người dùng đã giữ vai trò này tại đơn vị này.", again.UserMessage);
        var id = await Administration.CreateDelegationAsync(new NewDelegation("vanhoa.truchung", "vanphong2.truchung", "truc-hung", Roles.Deputy, "KT.",
            Now.UtcDateTime.Date, Now.UtcDateTime.Date.AddDays(5)));

        await Administration.RevokeRoleAsync("vanhoa.truchung", "truc-hung", Roles.Deputy);

        await using var db = fixture.Database.Factory.Create();
        Assert.False(await db.RoleAssignments.AnyAsync(r => r.UserId == "vanhoa.truchung" && r.Role == Roles.Deputy));
        Assert.Equal(Now.UtcDateTime, (await db.Delegations.SingleAsync(d => d.Id == id)).ValidTo);
        Assert.DoesNotContain(await new UnitDirectory(db).RolesOfAsync("vanphong2.truchung", Now.UtcDateTime), r => r.IsDelegated);
    }

    [Fact]
    public async Task A_delegation_is_valid_in_its_period_and_ending_it_early_stops_it_now_or_cancels_it()
    {
        var current = await Administration.CreateDelegationAsync(new NewDelegation("chutich.tructhang", "phochutich.tructhang", "truc-thang", Roles.Chairman, "KT.",
            new DateTime(2025, 3, 10), new DateTime(2025, 3, 15)));
        var future = await Administration.CreateDelegationAsync(new NewDelegation("chutich.tructhang", "phochutich.tructhang", "truc-thang", Roles.Chairman, "TUQ.",
            new DateTime(2025, 4, 1), new DateTime(2025, 4, 5)));
        await using (var db = fixture.Database.Factory.Create())
        {
            Assert.Contains(await new UnitDirectory(db).RolesOfAsync("phochutich.tructhang", Now.UtcDateTime),
                r => r is { Role: Roles.Chairman, UnitId: "truc-thang", DelegatedFrom: "chutich.tructhang", Prefix: "KT.", Title: "CHỦ TỊCH" });
        }

        await Administration.EndDelegationAsync(current);
        await Administration.EndDelegationAsync(future);

        await using (var db = fixture.Database.Factory.Create())
        {
            Assert.DoesNotContain(await new UnitDirectory(db).RolesOfAsync("phochutich.tructhang", Now.UtcDateTime), r => r.IsDelegated);
            Assert.Equal(Now.UtcDateTime, (await db.Delegations.SingleAsync(d => d.Id == current)).ValidTo);
            var cancelled = await db.Delegations.SingleAsync(d => d.Id == future);
            Assert.Equal(cancelled.ValidFrom, cancelled.ValidTo);
        }
        var ended = await Assert.ThrowsAsync<OrganisationException>(() => Administration.EndDelegationAsync(current));
        Assert.Equal("Ủy quyền này đã kết thúc.", ended.UserMessage);
    }

    [Fact]
    public async Task Impossible_delegations_are_refused_with_every_reason()
    {
        var error = await Assert.ThrowsAsync<OrganisationException>(() => Administration.CreateDelegationAsync(
            new NewDelegation("chutich.cole", "chutich.cole", "co-le", Roles.Chairman, "TL.", new DateTime(2025, 3, 12), new DateTime(2025, 3, 12))));
        Assert.Equal(["Người được ủy quyền phải khác người ủy quyền.", "Hình thức ký phải là KT. hoặc TUQ.", "Ngày kết thúc phải sau ngày bắt đầu."],
            error.UserMessage.Split('\n'));

        var past = await Assert.ThrowsAsync<OrganisationException>(() => Administration.CreateDelegationAsync(
            new NewDelegation("chutich.cole", "phochutich.cole", "co-le", Roles.Chairman, "KT.", new DateTime(2025, 1, 1), new DateTime(2025, 2, 1))));
        Assert.Equal("Thời hạn ủy quyền đã qua.", past.UserMessage);

        var notHeld = await Assert.ThrowsAsync<OrganisationException>(() => Administration.CreateDelegationAsync(
            new NewDelegation("vanhoa.cole", "nguoi-khong-co", "co-le", Roles.Chairman, "KT.", new DateTime(2025, 3, 10), new DateTime(2025, 3, 20))));
        Assert.Equal(["Người ủy quyền không giữ vai trò này tại đơn vị này.", "Không tìm thấy người được ủy quyền 'nguoi-khong-co'."], notHeld.UserMessage.Split('\n'));
    }
}

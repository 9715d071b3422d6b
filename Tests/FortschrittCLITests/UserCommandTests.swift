import FortschrittCLI
import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import FortschrittTestSupport
import Testing

@Suite struct UserCommandTests {
    @Test func theFirstAdminAndEditorsComeFromTheCommandLine() async throws {
        let test = try await TestDatabase.make()
        try await DemoData.seed(SQLCatalogueRepository(database: test.database))
        await test.close()
        let cli = CLIRun(location: test.location)

        #expect(
            await cli.fails(
                ["user", "add", "chefin@example.org", "--name", "Chefin", "--role", "admin"], typing: "zu-kurz"
            ).contains("at least 12 characters"))
        #expect(
            await cli.fails(["user", "add", "chefin@example.org", "--name", "Chefin", "--role", "admin"]).contains(
                "no password given"))
        let added = try await cli.run(
            ["user", "add", "Chefin@Example.org", "--name", "Chefin", "--role", "admin"],
            typing: "ein-sehr-langes-passwort")
        #expect(added.out.contains("Account chefin@example.org (admin) added."))
        #expect(
            await cli.fails(
                ["user", "add", "fb15@example.org", "--name", "FB 15", "--role", "editor", "--department", "FB 99"],
                typing: "ein-sehr-langes-passwort"
            ).contains("unknown department 'FB 99'"))
        #expect(
            await cli.fails(
                ["user", "add", "fb15@example.org", "--name", "FB 15", "--role", "editor"],
                typing: "ein-sehr-langes-passwort"
            ).contains("needs at least one department"))
        try await cli.run(
            ["user", "add", "fb15@example.org", "--name", "FB 15", "--role", "editor", "--department", "FB 15"],
            typing: "ein-sehr-langes-passwort")
        #expect(
            await cli.fails(
                ["user", "add", "fb15@example.org", "--name", "Doppelt", "--role", "reader"],
                typing: "ein-sehr-langes-passwort"
            )
            .contains("exists already"))
        #expect(
            await cli.fails(
                ["user", "add", "kein-name", "--name", "X", "--role", "reader"], typing: "ein-sehr-langes-passwort"
            )
            .contains("not an e-mail address"))

        let list = try await cli.run(["user", "list"]).out
        #expect(list.contains("chefin@example.org\tChefin\tadmin\t\tactive"))
        #expect(list.contains("fb15@example.org\tFB 15\teditor\tFB 15\tactive"))
        #expect(
            try await cli.run(["user", "change", "fb15@example.org", "--disable-active"]).out.contains("deactivated"))
        #expect(
            await cli.fails(["user", "change", "chefin@example.org", "--role", "reader"]).contains("last active admin"))
        #expect(
            try await cli.run(["user", "set-password", "fb15@example.org"], typing: "noch-ein-langes-passwort").out
                .contains("Password of fb15@example.org set."))

        let database = try await Database.open(DatabaseLocation(test.location)!)
        let accounts = SQLAccountRepository(database: database)
        let stored = try await accounts.credentials(email: "chefin@example.org")
        #expect(stored?.passwordHash.hasPrefix("$2b$12$") == true, "bcrypt with cost 12")
        #expect(try await accounts.accountLog(limit: 10).map(\.action).contains("password set"))
        await database.close()
    }
}

import FortschrittCLI
import FortschrittTestSupport
import Foundation
import Testing

@Suite struct ServeCommandTests {
    /// Mail links must come from the configured public address, not from a request's Host header.
    @Test func mailOffLoopbackNeedsThePublicAddress() async throws {
        let test = try await TestDatabase.make()
        await test.close()
        let cli = CLIRun(location: test.location)
        let message = await cli.fails([
            "serve", "--host", "0.0.0.0", "--port", "0", "--smtp-url", "smtp://mail.example:587",
        ])
        #expect(message.contains("--smtp-url needs --public-url"))
        #expect(
            await cli.fails(["serve", "--port", "0", "--smtp-url", "ftp://mail.example"]).contains(
                "--smtp-url: write smtp://"))
    }
}

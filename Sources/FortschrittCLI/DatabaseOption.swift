import ArgumentParser
import FortschrittStore

/// `--database`, shared by every command that touches data.
struct DatabaseOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "sqlite:PATH, a file path, or postgres://…; default: $DATABASE_URL, else fortschritt.sqlite"))
    var database: String?

    func location() throws -> DatabaseLocation {
        try DatabaseLocation.resolve(option: database)
    }
}

import ArgumentParser
import FortschrittDomain

struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every recorded change of a measure.",
        discussion: "Example: fortschritt history 1.1"
    )

    @OptionGroup var common: CommonOptions
    @Argument(help: "Catalogue number.") var number: MeasureNumber

    func run() async throws {
        let events = try await common.withRepository { repository in
            try await repository.history(of: number, in: try await common.chosenStrategy(repository))
        }
        guard !events.isEmpty else { throw CommandFailure("no measure \(number)") }
        say("effective\trecorded\tactor\tchange\treason")
        for e in events {
            say(
                [e.effectiveDate.iso, e.recordedAt.iso, e.actor, Self.describe(e.change), e.reason ?? ""].joined(
                    separator: "\t"))
        }
    }

    static func describe(_ change: MeasureChange) -> String {
        switch change {
        case .created(let d): return "created: \(d.title)"
        case .changed(let c): return "changed \(c.changedFields.joined(separator: ", "))"
        case .statusSet(let s):
            return "status \(s.key)\(s.assumed ? " (assumed)" : "")\(s.remark.isEmpty ? "" : ": \(s.remark)")"
        case .removed: return "removed"
        case .retracted(let sequence): return "retracted event \(sequence)"
        }
    }
}

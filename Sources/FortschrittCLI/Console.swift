import Foundation

/// Where commands write; tests collect the lines instead of printing them.
public struct Console: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    public static let standard = Console(
        out: { print($0) },
        err: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    )

    @TaskLocal public static var current = Console.standard
}

/// A command that could not do its work: printed as "Error: …" without the usage text that
/// ArgumentParser adds to a `ValidationError` (which stays for mistakes in the arguments themselves).
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

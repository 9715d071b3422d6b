import Foundation

/// Where commands write; tests collect the lines instead of printing them.
public struct Console: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void
    /// Asks for a secret: at a terminal without echo, else the next line of standard input.
    public var secret: @Sendable (_ prompt: String) -> String?

    public init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
        secret: @escaping @Sendable (String) -> String? = { _ in nil }
    ) {
        self.out = out
        self.err = err
        self.secret = secret
    }

    public static let standard = Console(
        out: { print($0) },
        err: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
        secret: { prompt in
            if isatty(STDIN_FILENO) != 0, let typed = getpass(prompt) { return String(cString: typed) }
            return readLine(strippingNewline: true)
        }
    )

    @TaskLocal public static var current = Console.standard
}

/// A command that could not do its work: printed as "Error: …" without the usage text that
/// ArgumentParser adds to a `ValidationError` (which stays for mistakes in the arguments themselves).
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

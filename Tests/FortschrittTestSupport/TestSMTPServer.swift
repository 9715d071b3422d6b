import Foundation

/// A real SMTP server on 127.0.0.1 for a test: Python's aiosmtpd through `scripts/smtp_sink.py`
/// (`pip install aiosmtpd`), which writes every message it accepts as JSON, decoded by Python's
/// own mail parser. Stopped when the test ends.
public final class TestSMTPServer: @unchecked Sendable {
    public let port: Int
    public let directory: URL
    private let process: Process
    private let input: Pipe

    public struct Received: Decodable, Sendable {
        public var mailFrom: String
        public var rcptTos: [String]
        public var tls: Bool
        public var raw: String
        public var from: String
        public var to: String
        public var subject: String
        public var messageID: String
        public var body: String
        public var headerNames: [String]
    }

    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    public static var script: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/smtp_sink.py")
    }

    /// Starts a server; `arguments` go to the script (`--tls-cert`, `--tls-key`, `--login`).
    public init(arguments: [String] = []) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script.path, directory.path] + arguments
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let line = String(decoding: output.fileHandleForReading.availableLine(), as: UTF8.self)
        guard line.hasPrefix("ready "), let port = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) else {
            process.terminate()
            throw Unavailable(
                description: "the test SMTP server did not start (python3 with aiosmtpd needed: pip install aiosmtpd)")
        }
        self.port = port
    }

    public var url: String { "smtp://127.0.0.1:\(port)" }

    /// The messages received so far, oldest first.
    public func received() throws -> [Received] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        return try names.map {
            try JSONDecoder().decode(Received.self, from: Data(contentsOf: directory.appendingPathComponent($0)))
        }
    }

    /// Waits up to `seconds` until at least `count` messages arrived.
    public func waitFor(_ count: Int, seconds: Double = 10) async throws -> [Received] {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let messages = try received()
            if messages.count >= count { return messages }
            try await Task.sleep(for: .milliseconds(50))
        }
        return try received()
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.terminate()
        try? FileManager.default.removeItem(at: directory)
    }
}

extension FileHandle {
    /// Bytes up to the first line break (the script's one line of output).
    fileprivate func availableLine() -> [UInt8] {
        var line: [UInt8] = []
        while let byte = try? read(upToCount: 1), let first = byte.first, first != UInt8(ascii: "\n") {
            line.append(first)
            if line.count > 200 { break }
        }
        return line
    }
}

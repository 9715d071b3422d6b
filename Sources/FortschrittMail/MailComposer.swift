import FortschrittDomain
import Foundation

/// Writes a queued message as an Internet message (RFC 5322 with MIME): the one escaper for mail
/// headers (RFC 2047 encoded words for every text a person wrote) and a base64 body, so neither a
/// subject nor a body can add headers, end the message early or need dot-stuffing by the sender.
public struct MailComposer: Sendable {
    public var fromAddress: String
    public var fromName: String

    public init(fromAddress: String, fromName: String) throws {
        self.fromAddress = try MailAddress.checked(fromAddress)
        self.fromName = fromName
    }

    /// The message with CRLF line ends, ready for SMTP's DATA.
    public func compose(_ mail: QueuedMail, date: Date) throws -> String {
        let to = try MailAddress.checked(mail.message.to)
        let headers = [
            "From: \(Self.encodedWords(fromName)) <\(fromAddress)>",
            "To: <\(to)>",
            "Subject: \(Self.encodedWords(mail.message.subject))",
            "Date: \(Self.date(date))",
            "Message-ID: \(mail.messageID)",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "Auto-Submitted: auto-generated",
        ]
        let text = mail.message.body.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let body = Data(text.utf8).base64EncodedString(options: [
            .lineLength76Characters, .endLineWithCarriageReturn,
            .endLineWithLineFeed,
        ])
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + body + "\r\n"
    }

    /// RFC 2047 B-encoding in words of at most 45 bytes (60 base64 characters), split between
    /// characters, folded onto continuation lines.
    /// A header holds one line: line breaks and other control characters become spaces first.
    static func encodedWords(_ text: String) -> String {
        var words: [[UInt8]] = [[]]
        let line = String(
            String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
        for character in line {
            let bytes = Array(String(character).utf8)
            if let last = words.last, !last.isEmpty, last.count + bytes.count > 45 { words.append([]) }
            words[words.count - 1] += bytes
        }
        return words.map { "=?UTF-8?B?\(Data($0).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}

import FortschrittDomain
import Foundation

/// Writes a queued message as an Internet message (RFC 5322 with MIME): the one escaper for mail
/// headers (RFC 2047 encoded words for every text a person wrote) and a base64 body, so neither a
/// subject nor a body can add headers, end the message early or need dot-stuffing by the sender.
public struct MailComposer: Sendable {
    public var fromAddress: String
    public var fromName: String
    /// The one-click unsubscribe link of a participant's mail; nil when none can be made.
    public var unsubscribeLink: @Sendable (MailMessage.Unsubscribe) -> String?

    public init(
        fromAddress: String, fromName: String,
        unsubscribeLink: @escaping @Sendable (MailMessage.Unsubscribe) -> String? = { _ in nil }
    ) throws {
        self.fromAddress = try MailAddress.checked(fromAddress)
        self.fromName = fromName
        self.unsubscribeLink = unsubscribeLink
    }

    /// The message with CRLF line ends, ready for SMTP's DATA.
    public func compose(_ mail: QueuedMail, date: Date) throws -> String {
        let to = try MailAddress.checked(mail.message.to)
        var headers = [
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
        var plain = mail.message.body
        // RFC 8058: with an https link, a mail program unsubscribes in one click (a POST to it); any
        // link also stands in the text.
        if let unsubscribe = mail.message.unsubscribe, let link = unsubscribeLink(unsubscribe), Self.isPlainLink(link) {
            if link.hasPrefix("https://") {
                headers += ["List-Unsubscribe: <\(link)>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
            }
            plain += "\n\n---\n\nAbbestellen / Unsubscribe: \(link)"
        }
        let text = plain.replacingOccurrences(of: "\r\n", with: "\n")
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

    /// An http(s) address of printable ASCII without spaces or angle brackets, safe inside `<…>`.
    static func isPlainLink(_ link: String) -> Bool {
        (link.hasPrefix("https://") || link.hasPrefix("http://")) && link.count <= 900
            && link.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && $0 != "<" && $0 != ">" }
    }

    static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}

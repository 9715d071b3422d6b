/// A value written as one string in JSON (and on the command line): a date, a time, a number.
public protocol TextCoded: Codable {
    init?(_ text: String)
    var text: String { get }
    static var expectedForm: String { get }
}

extension TextCoded {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not \(Self.expectedForm)")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

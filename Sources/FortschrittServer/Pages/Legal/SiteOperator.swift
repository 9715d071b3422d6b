/// Who runs this instance: named in the imprint and as the feedback contact of the accessibility
/// statement. Set with `fortschritt serve --operator-…`.
public struct SiteOperator: Sendable, Equatable {
    public var name: String
    public var address: String
    public var email: String
    /// Where complaints go when feedback is not answered (Durchsetzungsverfahren).
    public var enforcementBody: String

    public init(name: String, address: String, email: String, enforcementBody: String) {
        self.name = name
        self.address = address
        self.email = email
        self.enforcementBody = enforcementBody
    }

    /// Placeholders that say what they are; a real instance sets its own.
    public static let unconfigured = SiteOperator(
        name: "Betreiber dieser Fortschritt-Instanz (nicht konfiguriert)",
        address: "Anschrift nicht konfiguriert (fortschritt serve --operator-address)",
        email: "barrierefreiheit@example.org",
        enforcementBody: "die nach Landesrecht zuständige Durchsetzungs- bzw. Schlichtungsstelle")
}

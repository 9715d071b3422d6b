/// How a change is signed where the public reads it. Staff sign their changes with their account's
/// address, which is personal data: the public sees the account's display name instead, and an
/// address without an account as "Stadtverwaltung". Names given on the command line (`--actor`)
/// are shown as they are. Signed-in staff and the command line's export see the full actor.
public struct PublicActors: Sendable {
    private let names: [String: String]

    public init(accounts: [Account]) {
        names = Dictionary(accounts.map { ($0.email.lowercased(), $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    public static let unnamedStaff = "Stadtverwaltung"

    public func name(for actor: String) -> String {
        if let name = names[actor.lowercased()] { return name.contains("@") ? Self.unnamedStaff : name }
        return actor.contains("@") ? Self.unnamedStaff : actor
    }
}

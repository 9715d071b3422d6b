import Crypto
import Foundation
import Hummingbird

/// A browser that signed in to an account before carries a cookie saying so: a random id and an
/// HMAC binding it to the holder (the account's address and the tag of its current password, so
/// that a new password revokes every such cookie). Its sign-ins are counted under the id alone, so a lock
/// that an attacker causes elsewhere (ten wrong passwords for a known address) does not shut the
/// holder out. The cookie is sent only to the sign-in page and grants nothing else.
enum KnownDevice {
    static let cookie = "geraet"
    static let lifetime = 180 * 86_400

    /// The id, when the cookie was made for this holder.
    static func id(in value: String?, holder: String, key: SymmetricKey) -> String? {
        guard let value, let dot = value.firstIndex(of: ".") else { return nil }
        let id = String(value[..<dot])
        guard !id.isEmpty, CSRFToken.same(String(value[value.index(after: dot)...]), mac(id, holder, key)) else {
            return nil
        }
        return id
    }

    static func cookieValue(id: String, holder: String, key: SymmetricKey, secure: Bool) -> String {
        Cookie(
            name: cookie, value: "\(id).\(mac(id, holder, key))", maxAge: lifetime, path: "/anmelden", secure: secure,
            httpOnly: true, sameSite: .lax
        ).description
    }

    private static func mac(_ id: String, _ holder: String, _ key: SymmetricKey) -> String {
        CSRFToken.derive(key, "device", "\(id)\u{0}\(holder)")
    }
}

import FortschrittDomain
import Foundation
import Plot

/// The one frame around every page: skip link, site header with navigation and language switch,
/// the page's main content, and a footer linking the accessibility statement and the imprint.
enum Layout {
    static func render(_ page: PageContext, title: String, siteName: String, _ content: Node<HTML.BodyContext>...)
        -> String
    {
        let html = HTML(
            .attr("lang", page.language.rawValue),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Not Plot's `.title`: it adds social-media meta tags with the text unescaped.
                .element(named: "title", text: "\(title) – \(siteName)"),
                .link(.rel(.stylesheet), .href("/static/site.css")),
                // No icon: an empty one, so that browsers do not ask for /favicon.ico.
                .link(.rel(.icon), .href("data:,"))
            ),
            .body(
                .a(.class("skip"), .attr("href", "#inhalt"), .text(page.t("Zum Inhalt springen", "Skip to content"))),
                header(page, siteName: siteName),
                .main(.id("inhalt"), .attr("tabindex", "-1"), .group(content)),
                footer(page)
            )
        )
        return html.render()
    }

    static func header(_ page: PageContext, siteName: String) -> Node<HTML.BodyContext> {
        var links: [(String, String)] = [
            ("/", page.t("Start", "Home")),
            ("/massnahmen", page.t("Maßnahmen", "Measures")),
            ("/berichte", page.t("Berichte", "Reports")),
        ]
        if page.account != nil { links.append(("/arbeitsbereich", page.t("Arbeitsbereich", "Workspace"))) }
        if Access.mayAdminister(page.account) {
            links.append(("/verwaltung/benutzer", page.t("Benutzer", "Users")))
            links.append(("/verwaltung/runde", page.t("Aktualisierungsrunde", "Update round")))
            links.append(("/verwaltung/katalog", page.t("Katalog und Berichte", "Catalogue and reports")))
        }
        let currentPath = page.location.split(separator: "?").first.map(String.init) ?? "/"
        return .header(
            .class("site"),
            .div(.class("brand"), .a(.attr("href", "/"), .text(siteName))),
            .nav(
                .ariaLabel(page.t("Hauptnavigation", "Main navigation")),
                .ul(
                    .forEach(links) { href, label in
                        .li(
                            .a(
                                .attr("href", href), .if(isCurrent(href, currentPath), .attr("aria-current", "page")),
                                .text(label)))
                    })
            ),
            .div(
                .class("account"),
                .a(
                    .attr("href", "/sprache/\(page.language.other.rawValue)?zurueck=\(Query.escape(page.location))"),
                    .attr("lang", page.language.other.rawValue),
                    .attr("hreflang", page.language.other.rawValue),
                    .text(page.language == .de ? "English" : "Deutsch")),
                account(page)
            )
        )
    }

    static func isCurrent(_ href: String, _ path: String) -> Bool {
        href == "/" ? path == "/" : path == href || path.hasPrefix(href + "/")
    }

    static func account(_ page: PageContext) -> Node<HTML.BodyContext> {
        guard let account = page.account else {
            return .a(.attr("href", "/anmelden"), .text(page.t("Anmelden", "Sign in")))
        }
        return .formTag(
            .class("inline"), .attr("method", "post"), .attr("action", "/abmelden"),
            csrfField(page),
            .span(.class("who"), .text("\(account.name) (\(roleName(account.role, page)))")),
            .button(.type(.submit), .text(page.t("Abmelden", "Sign out")))
        )
    }

    static func footer(_ page: PageContext) -> Node<HTML.BodyContext> {
        .footer(
            .class("site"),
            .ul(
                .li(
                    .a(
                        .attr("href", "/barrierefreiheit"),
                        .text(page.t("Erklärung zur Barrierefreiheit", "Accessibility statement")))),
                .li(.a(.attr("href", "/impressum"), .text(page.t("Impressum", "Imprint")))),
                .li(.a(.attr("href", "/api/openapi.json"), .text(page.t("Offene Daten (API)", "Open data (API)")))),
                .li(.a(.attr("href", "/oparl/v1/system"), .text("OParl 1.1")))
            )
        )
    }

    static func csrfField(_ page: PageContext) -> Node<HTML.BodyContext> {
        .inputTag(("type", "hidden"), ("name", CSRFToken.field), ("value", page.csrfToken))
    }

    static func roleName(_ role: Role, _ page: PageContext) -> String {
        switch role {
        case .admin: return page.t("Strategiebüro", "strategy office")
        case .editor: return page.t("Fachbereich", "department")
        case .reader: return page.t("Gemeinderat", "council")
        }
    }
}

/// Escaping for values put into URLs.
enum Query {
    static func escape(_ value: String) -> String {
        // ASCII only: CharacterSet.alphanumerics would let letters such as "ü" through unescaped.
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/:")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}

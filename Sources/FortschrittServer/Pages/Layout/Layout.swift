import FortschrittDocuments
import FortschrittDomain
import Foundation
import Plot

/// The one frame around every page: skip link, site header with navigation and language switch,
/// the page's main content, and a footer linking the accessibility statement and the imprint.
enum Layout {
    /// `feeds`: the Atom feeds of what the page shows, named in its head for feed readers.
    static func render(
        _ page: PageContext, title: String, siteName: String, feeds: [FeedLink] = [],
        _ content: Node<HTML.BodyContext>...
    ) -> String {
        let html = HTML(
            .attr("lang", page.language.rawValue),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Not Plot's `.title`: it adds social-media meta tags with the text unescaped.
                .element(named: "title", text: "\(title) – \(siteName)"),
                .link(.rel(.stylesheet), .href("/static/site.css")),
                // No icon: an empty one, so that browsers do not ask for /favicon.ico.
                .link(.rel(.icon), .href("data:,")),
                .forEach(feeds) { feed in
                    .selfClosedElement(
                        named: "link",
                        attributes: [
                            ("rel", "alternate"), ("type", "application/atom+xml"), ("title", feed.title),
                            ("href", feed.path),
                        ].map {
                            Attribute(name: $0.0, value: XMLText.escape($0.1), ignoreIfValueIsEmpty: false)
                        })
                }
            ),
            .body(
                .a(.class("skip"), .attr("href", "#inhalt"), .text(page.text(.skipToContent))),
                header(page, siteName: siteName),
                .main(
                    .id("inhalt"), .attr("tabindex", "-1"),
                    .if(
                        page.location.hasPrefix("/verwaltung/") && Access.mayModerate(page.account),
                        administration(page)),
                    .group(content)),
                footer(page)
            )
        )
        return html.render()
    }

    static func header(_ page: PageContext, siteName: String) -> Node<HTML.BodyContext> {
        var links: [(String, String)] = [
            ("/", page.text(.home)),
            ("/strategien", page.text(.strategies)),
            ("/massnahmen", page.text(.measures)),
            ("/berichte", page.text(.reports)),
            ("/daten", page.text(.dataNav)),
        ]
        if let account = page.account, Access.seesInternalNotes(account) {
            links.append(("/arbeitsbereich", page.text(.workspace)))
        }
        if Access.mayReview(page.account) { links.append(("/verwaltung/gutachten", page.text(.reviews))) }
        if Access.mayAdminister(page.account) {
            links.append(("/verwaltung/benutzer", page.text(.administration)))
        } else if Access.mayModerate(page.account) {
            links.append(("/verwaltung/moderation", page.text(.administration)))
        }
        let currentPath = page.location.split(separator: "?").first.map(String.init) ?? "/"
        return .header(
            .class("site"),
            .div(.class("brand"), .a(.attr("href", "/"), .text(siteName))),
            .nav(
                .ariaLabel(page.text(.mainNavigation)),
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
        if href.hasPrefix("/verwaltung/") { return path.hasPrefix("/verwaltung/") }
        return href == "/" ? path == "/" : path == href || path.hasPrefix(href + "/")
    }

    /// The staff's own navigation, above every page under /verwaltung: moderators see theirs only.
    static func administration(_ page: PageContext) -> Node<HTML.BodyContext> {
        var links = [
            ("/verwaltung/moderation", page.text(.moderation)),
            ("/verwaltung/teilnehmende", page.text(.participants)),
        ]
        if Access.mayAdminister(page.account) {
            links =
                [
                    ("/verwaltung/benutzer", page.text(.users)),
                    ("/verwaltung/runde", page.text(.updateRound)),
                    ("/verwaltung/katalog", page.text(.catalogueAndReports)),
                    ("/verwaltung/texte", page.text(.strategyTexts)),
                    ("/verwaltung/abwaegung", page.text(.decisions)),
                    ("/verwaltung/daten", page.text(.manageDatasets)),
                    ("/verwaltung/anwendungen", page.text(.manageApplications)),
                    ("/verwaltung/indikatoren", page.text(.manageIndicators)),
                ] + links + [("/verwaltung/postausgang", page.text(.outbox))]
        }
        let path = page.location.split(separator: "?").first.map(String.init) ?? "/"
        return .nav(
            .class("sub"), .ariaLabel(page.text(.administrationNavigation)),
            .ul(
                .forEach(links) { href, label in
                    .li(
                        .a(
                            .attr("href", href),
                            .if(path == href || path.hasPrefix(href + "/"), .attr("aria-current", "page")),
                            .text(label)))
                }))
    }

    static func account(_ page: PageContext) -> Node<HTML.BodyContext> {
        let name = page.account?.name ?? page.participant?.displayName
        guard let name else {
            return .group(
                .a(.attr("href", "/beteiligung/anmelden"), .text(page.text(.takePart))),
                .a(.attr("href", "/anmelden"), .text(page.text(.staffSignIn))))
        }
        return .formTag(
            .class("inline"), .attr("method", "post"), .attr("action", "/abmelden"),
            csrfField(page),
            page.participant != nil
                ? .a(.class("who"), .attr("href", "/beteiligung/konto"), .text(name))
                : .span(.class("who"), .text(name)),
            .button(.type(.submit), .text(page.text(.signOut)))
        )
    }

    static func footer(_ page: PageContext) -> Node<HTML.BodyContext> {
        .footer(
            .class("site"),
            .ul(
                .li(
                    .a(
                        .attr("href", "/barrierefreiheit"),
                        .text(page.text(.accessibilityStatement)))),
                .li(.a(.attr("href", "/impressum"), .text(page.text(.imprint)))),
                .li(.a(.attr("href", "/api/openapi.json"), .text(page.text(.openDataApi)))),
                .li(.a(.attr("href", "/oparl/v1/system"), .text("OParl 1.1")))
            )
        )
    }

    static func csrfField(_ page: PageContext) -> Node<HTML.BodyContext> {
        .inputTag(("type", "hidden"), ("name", CSRFToken.field), ("value", page.csrfToken))
    }

    static func roleName(_ role: Role, _ page: PageContext) -> String {
        switch role {
        case .admin: return page.text(.strategyOffice)
        case .editor: return page.text(.departmentLowercase)
        case .reader: return page.text(.council)
        case .moderator: return page.text(.moderatorRole)
        case .expert: return page.text(.expertRole)
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

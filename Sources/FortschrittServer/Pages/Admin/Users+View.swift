import FortschrittDomain
import Plot

extension UsersModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.users), siteName: siteName,
            .h1(.text(page.text(.manageUsers))),
            Components.notice(notice),
            .table(
                .class("responsive"),
                .caption(.text(page.text(.accounts))),
                .thead(
                    .tr(
                        .th(.attr("scope", "col"), .text(page.text(.eMail))),
                        .th(.attr("scope", "col"), .text("Name")),
                        .th(.attr("scope", "col"), .text(page.text(.roleAndDepartments))),
                        .th(.attr("scope", "col"), .text(page.text(.change)))
                    )),
                .tbody(.forEach(accounts) { account in row(account, page) })
            ),
            createForm(page),
            .h2(.text(page.text(.log))),
            .ul(
                .forEach(log) { entry in
                    .li(
                        Components.time(entry.recordedAt, page),
                        .text(" – \(entry.actor): \(entry.account) \(entry.action)"))
                })
        )
    }

    func roleOptions(_ selected: Role, _ page: PageContext) -> [Node<HTML.BodyContext>] {
        Role.allCases.map {
            .optionTag($0.rawValue, selected: $0 == selected, Layout.roleName($0, page) + " (\($0.rawValue))")
        }
    }

    func row(_ account: Account, _ page: PageContext) -> Node<HTML.TableContext> {
        let id = "konto-\(account.id)"
        let departments = account.departments.joined(separator: ", ")
        let active: (String, String)? = account.active ? ("checked", "") : nil
        return .tr(
            .td(.attr("data-label", "E-Mail"), .text(account.email)),
            .td(.attr("data-label", "Name"), .text(account.name)),
            .td(
                .attr("data-label", page.text(.role)),
                .text(
                    Layout.roleName(account.role, page)
                        + (account.departments.isEmpty ? "" : ": " + account.departments.joined(separator: ", "))
                        + (account.active ? "" : page.text(.deactivated)))),
            .td(
                .attr("data-label", page.text(.change)),
                .formTag(
                    .attr("method", "post"), .attr("action", "/verwaltung/benutzer/\(account.id)"),
                    .if(
                        rowError?.account == account.id,
                        .p(.class("error"), .attr("role", "alert"), .text(rowError?.message ?? ""))),
                    Layout.csrfField(page),
                    .inputTag(("type", "hidden"), ("name", "name"), ("value", account.name)),
                    .div(
                        .class("field"), .label(.attr("for", "\(id)-rolle"), .text(page.text(.role))),
                        .selectTag(
                            .attr("id", "\(id)-rolle"), .attr("name", "rolle"), .group(roleOptions(account.role, page)))
                    ),
                    .div(
                        .class("field"),
                        .label(
                            .attr("for", "\(id)-fb"),
                            .text(page.text(.departmentsCodesComma))),
                        .inputTag(
                            ("type", "text"), ("id", "\(id)-fb"), ("name", "fachbereiche"), ("value", departments))),
                    .div(
                        .class("field checks"),
                        .inputTag(
                            ("type", "checkbox"), ("id", "\(id)-aktiv"), ("name", "aktiv"), ("value", "1"), active),
                        .label(.attr("for", "\(id)-aktiv"), .text(page.text(.active)))),
                    .div(
                        .class("field"),
                        .label(
                            .attr("for", "\(id)-pw"),
                            .text(page.text(.newPasswordOptional))),
                        .inputTag(
                            ("type", "password"), ("id", "\(id)-pw"), ("name", "passwort"),
                            ("autocomplete", "new-password"))),
                    .button(
                        .type(.submit), .text(page.text(.save)),
                        .attr("aria-label", page.text(.saveNamed("\(account.email)"))))
                ))
        )
    }

    func createForm(_ page: PageContext) -> Node<HTML.BodyContext> {
        let labels = [
            "neu-email": page.text(.eMailAddress), "neu-name": "Name",
            "neu-rolle": page.text(.role),
            "neu-fachbereiche": page.text(.departments), "neu-passwort": page.text(.password),
        ]
        func input(_ id: String, _ name: String, _ type: String, hint: String? = nil) -> Node<HTML.BodyContext> {
            Components.field(
                id, label: labels[id]!, error: errors[id], hint: hint,
                .inputTag(
                    ("type", type), ("id", id), ("name", name), ("value", type == "password" ? "" : values[name] ?? ""),
                    Components.describedBy(id, hint: hint != nil, error: errors[id] != nil)))
        }
        return .formTag(
            .attr("method", "post"), .attr("action", "/verwaltung/benutzer"), .attr("novalidate", ""),
            .h2(.id("neu"), .text(page.text(.addAccount))),
            Components.errorSummary(
                errors, order: ["neu-email", "neu-name", "neu-rolle", "neu-fachbereiche", "neu-passwort"],
                labels: labels, page),
            Layout.csrfField(page),
            input("neu-email", "email", "email"),
            input("neu-name", "name", "text"),
            Components.field(
                "neu-rolle", label: labels["neu-rolle"]!, error: errors["neu-rolle"],
                .selectTag(
                    .id("neu-rolle"), .attr("name", "rolle"),
                    .group(roleOptions(Role(rawValue: values["rolle"] ?? "") ?? .editor, page)))),
            input(
                "neu-fachbereiche", "fachbereiche", "text",
                hint: page.text(.accountDepartmentsHint)
                    + departments.map(\.code).joined(separator: ", ")),
            input(
                "neu-passwort", "passwort", "password",
                hint: page.text(.atLeast12Characters)),
            .button(.type(.submit), .text(page.text(.addAccount)))
        )
    }
}

import FortschrittDomain
import Plot

extension OutboxModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.outbox), siteName: siteName,
            .h1(.text(page.text(.outbox))),
            .p(.text(page.text(delivering ? .outboxDelivering : .outboxNotDelivering))),
            messages.isEmpty
                ? .p(.text(page.text(.outboxEmpty)))
                : .table(
                    .class("responsive"),
                    .caption(.text(page.text(.outboxMessages))),
                    .thead(
                        .tr(
                            .th(.attr("scope", "col"), .text(page.text(.outboxQueued))),
                            .th(.attr("scope", "col"), .text(page.text(.outboxState))),
                            .th(.attr("scope", "col"), .text(page.text(.outboxMessage))))),
                    .tbody(.forEach(messages) { row($0, page) }))
        )
    }

    func row(_ mail: QueuedMail, _ page: PageContext) -> Node<HTML.TableContext> {
        .tr(
            .td(.attr("data-label", page.text(.outboxQueued)), Components.time(mail.queuedAt, page)),
            .td(.attr("data-label", page.text(.outboxState)), .text(state(mail, page))),
            .td(
                .attr("data-label", page.text(.outboxMessage)),
                .p(.strong(.text(mail.message.subject))),
                // After delivery the address and the text are erased; only waiting messages show them.
                .if(
                    mail.state != .sent,
                    .group(
                        .p(.text(page.text(.outboxTo(mail.message.to)))),
                        .details(
                            .summary(.text(page.text(.outboxText))),
                            .pre(.class("mail"), .text(mail.message.body)))))
            )
        )
    }

    func state(_ mail: QueuedMail, _ page: PageContext) -> String {
        switch mail.state {
        case .sent: return page.text(.outboxSent(mail.sentAt.map { Components.format($0, page) } ?? ""))
        case .failed: return page.text(.outboxFailed("\(mail.attempts)", mail.lastError ?? ""))
        case .waiting:
            guard let error = mail.lastError else { return page.text(.outboxWaiting) }
            return page.text(.outboxRetrying("\(mail.attempts)", error))
        }
    }
}

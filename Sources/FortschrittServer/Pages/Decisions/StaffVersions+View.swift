import FortschrittDomain
import Plot

extension StaffVersionsModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(title), siteName: siteName,
            .h1(.text(page.text(title))),
            versions.isEmpty
                ? .p(.text(page.text(empty)))
                : .ul(
                    .forEach(versions) { strategy, version in
                        .li(
                            .a(
                                .attr("href", "\(prefix)/\(strategy.slug)/\(version.number)"),
                                .text("\(strategy.title), \(page.text(.textVersion("\(version.number)")))")))
                    })
        )
    }
}

import ArgumentParser
import FortschrittDomain
import FortschrittExchange
import FortschrittMail
import FortschrittServer
import FortschrittStore
import Foundation
import Logging

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web server and API.",
        discussion: "Example: fortschritt serve --port 8080 --demo"
    )

    @OptionGroup var database: DatabaseOption

    @Option(name: .long, help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on.")
    var port = 8080

    @Option(
        name: .long,
        help: "The address the public reaches the server at, for links in OParl (default: the request's host).")
    var publicURL: String?

    @Option(
        name: .long,
        help: "GovData's ID of this system in the DCAT catalogue (an IRI of the DCAT-AP.de contributor list).")
    var dcatContributorID = "http://dcat-ap.de/def/contributors/metropolregionRheinNeckar"

    @Option(name: .long, help: "Datasets per page of the DCAT catalogue, 1 to 1000.")
    var dcatPageSize = 100

    @Option(name: .long, help: "Who runs this instance, for the imprint and the accessibility statement.")
    var operatorName: String?

    @Option(name: .long, help: "The operator's postal address.")
    var operatorAddress: String?

    @Option(name: .long, help: "The feedback address for accessibility problems.")
    var operatorEmail: String?

    @Option(name: .long, help: "Where unanswered accessibility complaints go (Durchsetzungsverfahren).")
    var enforcementBody: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Deliver mail through this SMTP server: smtp://[USER:PASSWORD@]HOST[:PORT][?starttls=required|if-offered|"
                + "never] (also from FORTSCHRITT_SMTP_URL). Without it, messages wait in the outbox, which "
                + "administrators see under /verwaltung/postausgang."))
    var smtpURL: String?

    @Option(name: .long, help: "A PEM file of certificates to trust for the SMTP server's STARTTLS.")
    var smtpCAFile: String?

    @Option(name: .long, help: "The sender address of the mail this instance sends.")
    var mailFrom = "fortschritt@localhost"

    @Option(name: .long, help: "The sender name of the mail this instance sends.")
    var mailFromName = "Fortschritt"

    @Option(
        name: .long,
        help: "Seconds a message is reserved for the worker sending it (5–3600); after a crash, another takes it.")
    var mailLease = 300

    @Flag(name: .long, help: "Behind a reverse proxy: count failed sign-ins per X-Forwarded-For address.")
    var trustForwardedFor = false

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "On an empty database, first load the Mannheim catalogue, the council paper V111/2021 and its report, "
                + "and the sample Smart City text with its discussion and Abwägungstabelle as demo data.")
    )
    var demo = false

    func run() async throws {
        let logger = Logger(label: "fortschritt")
        let location = try database.location()
        let database = try await Database.open(location, logger: logger)
        do {
            if demo, try await DemoSeed.load(Repositories(database: database), today: CalendarDate(Date())) {
                say(
                    "Demo data loaded: \(DemoData.strategy.title), with council paper V111/2021, and the sample text "
                        + "of \(DemoData.smartCity.title) with its Abwägungstabelle laid before the council")
            }
            guard dcatContributorID.hasPrefix("http://dcat-ap.de/def/contributors/") else {
                throw ValidationError(
                    "--dcat-contributor-id: an IRI of the list, http://dcat-ap.de/def/contributors/…")
            }
            guard (1...1_000).contains(dcatPageSize) else { throw ValidationError("--dcat-page-size: 1 to 1000") }
            say("Fortschritt on http://\(host):\(port) (database \(location))")
            let fallback = SiteOperator.unconfigured
            let site = SiteOperator(
                name: operatorName ?? fallback.name, address: operatorAddress ?? fallback.address,
                email: operatorEmail ?? fallback.email, enforcementBody: enforcementBody ?? fallback.enforcementBody)
            let delivery = try await mailDelivery(database, logger: logger)
            let configuration = ServerConfiguration(
                host: host, port: port, publicURL: publicURL, siteOperator: site,
                trustForwardedFor: trustForwardedFor, deliversMail: delivery != nil,
                dcatContributorID: dcatContributorID, dcatPageSize: dcatPageSize)
            try await buildApplication(
                Repositories(database: database), configuration: configuration, logger: logger,
                services: delivery.map { [$0] } ?? []
            ).runService()
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }
}

extension ServeCommand {
    /// The mail worker, when an SMTP server is given.
    func mailDelivery(_ database: Database, logger: Logger) async throws -> MailDelivery? {
        guard let url = smtpURL ?? ProcessInfo.processInfo.environment["FORTSCHRITT_SMTP_URL"] else { return nil }
        // Links in mail (an address's confirmation) must not be built from a request's Host header,
        // which anyone can set: off the loopback interface, the public address must be given.
        if publicURL == nil, !SMTPConfiguration.isLoopback(host) {
            throw ValidationError("--smtp-url needs --public-url: links in mail are built from it")
        }
        let smtp = try SMTPConfiguration(url: url, trustedCertificates: smtpCAFile)
        let links = try await UnsubscribeLinks.load(
            accounts: SQLAccountRepository(database: database), publicURL: publicURL)
        let composer: MailComposer
        do {
            composer = try MailComposer(
                fromAddress: mailFrom, fromName: mailFromName, unsubscribeLink: { links.link($0) })
        } catch {
            throw ValidationError("--mail-from: '\(mailFrom)' is not a usable address")
        }
        say("Mail through \(smtp.host):\(smtp.port) (STARTTLS \(smtp.startTLS.rawValue)), from \(mailFrom)")
        guard (5...3_600).contains(mailLease) else { throw ValidationError("--mail-lease: 5 to 3600 seconds") }
        return MailDelivery(
            outbox: SQLMailOutbox(database: database), sender: SMTPSender(configuration: smtp, composer: composer),
            logger: logger, pause: .milliseconds(500), leaseSeconds: Int64(mailLease))
    }
}

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring the database schema up to date (the server also does this on start).",
        discussion: "Example: fortschritt migrate --database postgres://fortschritt@localhost/fortschritt"
    )

    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let database = try await Database.open(try self.database.location(), migrate: false)
        do {
            let applied = try await Migrations.run(on: database)
            let all = try await Migrations.applied(on: database)
            say(
                applied.isEmpty
                    ? "Schema is up to date (version \(all.last ?? 0))."
                    : "Applied migrations \(applied.map(String.init).joined(separator: ", ")).")
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }
}

@_exported import ArgumentParser

/// `fortschritt`: run the server, import and export catalogues, and record changes.
public struct Fortschritt: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "fortschritt",
        abstract: "Runs a city's digital strategy in public: the measure catalogue, its history and reports.",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, ImportCommand.self, ExportCommand.self,
            StrategyCommand.self, MeasureCommand.self, StatusCommand.self, DepartmentCommand.self, HistoryCommand.self,
            ReportCommand.self, CouncilCommand.self, FundingCommand.self, UserCommand.self, TextCommand.self,
            NotifyCommand.self, DatasetCommand.self, IndicatorCommand.self,
        ]
    )

    public init() {}
}

/// A funding programme a strategy draws on, e.g. "Modellprojekte Smart Cities" (BMI with KfW).
public struct FundingProgramme: Hashable, Sendable, Codable {
    public var name: String
    public var funder: String
    /// The share of the volume the funder pays; the city pays the rest (Eigenanteil).
    public var grantRate: Rate
    public var phases: [FundingPhase]
    public var allocations: [FundingAllocation]

    public init(
        name: String, funder: String, grantRate: Rate, phases: [FundingPhase], allocations: [FundingAllocation] = []
    ) {
        self.name = name
        self.funder = funder
        self.grantRate = grantRate
        self.phases = phases
        self.allocations = allocations
    }

    public var totalVolume: Money { phases.reduce(.zero) { $0 + $1.volume } }
    public var totalOwnShare: Money { phases.reduce(.zero) { $0 + $1.ownShare } }
    public var totalGrant: Money { phases.reduce(.zero) { $0 + $1.grant } }

    /// Phases whose allocations to measures add up to more than their volume.
    public var overallocatedPhases: [(phase: FundingPhase, allocated: Money)] {
        phases.compactMap { phase in
            let allocated = allocations.filter { $0.phase == phase.name }.reduce(Money.zero) { $0 + $1.amount }
            return allocated > phase.volume ? (phase, allocated) : nil
        }
    }

    public var totalAllocated: Money { allocations.reduce(.zero) { $0 + $1.amount } }

    /// Phases whose own share is not the volume times (1 − grant rate), within one cent.
    public var inconsistentPhases: [FundingPhase] {
        phases.filter { abs(($0.ownShare - $0.volume.times(grantRate.complement)).cents) > 1 }
    }
}

/// A phase of a programme with its budget and the council resolution behind it.
public struct FundingPhase: Hashable, Sendable, Codable {
    public var name: String
    public var firstYear: Int
    public var lastYear: Int
    /// The total volume, grant and own share together.
    public var volume: Money
    public var ownShare: Money
    /// The council paper that resolved it, e.g. "V128/2020".
    public var resolution: String?
    public var resolutionDate: CalendarDate?

    public init(
        name: String, firstYear: Int, lastYear: Int, volume: Money, ownShare: Money,
        resolution: String? = nil, resolutionDate: CalendarDate? = nil
    ) {
        self.name = name
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.volume = volume
        self.ownShare = ownShare
        self.resolution = resolution
        self.resolutionDate = resolutionDate
    }

    /// What the funder pays: always computed, never entered.
    public var grant: Money { volume - ownShare }

    /// `2021–2022`
    public var years: String { firstYear == lastYear ? String(firstYear) : "\(firstYear)–\(lastYear)" }
}

/// Money of a phase assigned to a measure.
public struct FundingAllocation: Hashable, Sendable, Codable {
    public var phase: String
    public var measure: MeasureNumber
    public var amount: Money

    public init(phase: String, measure: MeasureNumber, amount: Money) {
        self.phase = phase
        self.measure = measure
        self.amount = amount
    }
}

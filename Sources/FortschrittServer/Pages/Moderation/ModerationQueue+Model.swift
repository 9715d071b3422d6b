import FortschrittDomain

/// The moderators' queue: reported contributions and those waiting for approval, then what was
/// kept and what is hidden.
struct ModerationQueueModel: Sendable {
    var siteName: String
    var queue: ModerationQueue
    var items: [ModerationItem]

    /// The queue's views by their parameter `zustand`.
    static let queues: [(value: String, queue: ModerationQueue, label: Text)] = [
        ("offen", .open, .queueOpen), ("behalten", .kept, .queueKept), ("ausgeblendet", .hidden, .queueHidden),
    ]
}

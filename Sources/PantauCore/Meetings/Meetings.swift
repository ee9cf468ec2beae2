public import PantauYAML

/// The meetings a pipeline imported, oldest first.
public struct Meetings: Sendable, Hashable {
    public private(set) var items: [Meeting]

    /// Orders the meetings by date, then id, whatever order their files were read in.
    public init(_ items: [Meeting]) {
        self.items = items.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    /// The meetings held on or before a day: the record as it stood then, so that evaluating a
    /// past period does not see what later meetings decided.
    public func held(onOrBefore date: CalendarDate) -> Meetings {
        Meetings(items.filter { $0.date <= date })
    }

    /// One action item followed through the meetings that list it.
    public struct ActionItemTrack: Sendable, Hashable {
        /// The item as the latest meeting listing it records it.
        public var item: ActionItem
        /// The meetings listing the item, oldest first: the first set it, later ones reviewed it.
        public var meetingIDs: [String]
        public var latestMeetingDate: CalendarDate

        /// Listed again at a later meeting.
        public var isCarriedOver: Bool { meetingIDs.count > 1 }
    }

    /// Every action item once, in the state the latest meeting listing it records, in the order
    /// the items were first set.
    public var actionItemTracks: [ActionItemTrack] {
        var tracks: [ActionItemTrack] = []
        var positions: [String: Int] = [:]
        for meeting in items {
            for item in meeting.actionItems {
                if let position = positions[item.id] {
                    tracks[position].item = item
                    tracks[position].meetingIDs.append(meeting.id)
                    tracks[position].latestMeetingDate = meeting.date
                } else {
                    positions[item.id] = tracks.count
                    tracks.append(ActionItemTrack(item: item, meetingIDs: [meeting.id], latestMeetingDate: meeting.date))
                }
            }
        }
        return tracks
    }

    /// The items still outstanding as their latest meeting left them: what the next meeting reviews first.
    public var outstandingActionItems: [ActionItemTrack] {
        actionItemTracks.filter { $0.item.status.isOutstanding }
    }

    /// For each unit, the meetings of a kind it was invited to and missed, oldest first; units
    /// that missed none are left out.
    public func absences(kind: MeetingKind? = nil) -> [(unit: String, meetingIDs: [String])] {
        var result: [(unit: String, meetingIDs: [String])] = []
        var positions: [String: Int] = [:]
        for meeting in items where kind == nil || meeting.kind == kind {
            for unit in meeting.absentUnits {
                let key = RecordWords.key(unit)
                if let position = positions[key] {
                    result[position].meetingIDs.append(meeting.id)
                } else {
                    positions[key] = result.count
                    result.append((unit, [meeting.id]))
                }
            }
        }
        return result
    }
}

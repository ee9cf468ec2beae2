extension EvaluationRecords {
    /// Every action item once, as the latest meeting held on or before `asOf` that lists it
    /// records it: meetings after the evaluation day are not seen.
    var actionItemTracksAsOf: [Meetings.ActionItemTrack] {
        meetings?.held(onOrBefore: asOf).actionItemTracks ?? []
    }

    /// Who answers for an action item: its owner unit, as the register writes it; the region as
    /// a whole (no unit: the bureau that keeps the minutes) when the minutes name no owner.
    func subject(of item: ActionItem) -> Finding.Subject {
        Finding.Subject(unit: item.owner.map(unitName))
    }
}

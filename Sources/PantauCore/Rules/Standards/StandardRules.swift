/// The rules on service standards, in the order the catalogue lists them: whether a standard
/// exists and is complete, then its lifecycle (established, published, maklumat, drafted with the
/// public, reviewed), then whether its promises can be measured.
enum StandardRules {
    static let all: [any Rule.Type] = [
        StandardMissing.self,
        StandardComponentsMissing.self,
        StandardNotEstablished.self,
        StandardNotPublished.self,
        StandardNoMaklumat.self,
        StandardNoConsultation.self,
        StandardGroupsMissing.self,
        StandardReviewOverdue.self,
        StandardTimeLimitMissing.self,
    ]
}

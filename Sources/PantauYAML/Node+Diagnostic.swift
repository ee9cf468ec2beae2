extension Node {
    /// A diagnostic at this node carrying a message from any layer.
    public func error(_ message: some LocalizedMessage) -> Diagnostic {
        Diagnostic.error(at: location, message)
    }
}

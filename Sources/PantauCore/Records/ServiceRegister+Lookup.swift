extension ServiceRegister {
    /// How the register compares ids, names and aliases: without regard to case, with runs of
    /// blanks as one space. Importers building a register check collisions with the same rule.
    public static func lookupKey(_ text: String) -> String { key(text) }
}

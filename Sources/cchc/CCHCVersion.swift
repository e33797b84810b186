/// The tool's version.
enum CCHCVersion {
    static let string = "0.1.0"
}

/// The tool's version; part of every saved result's input hash.
public enum CCHCVersion {
    /// The version string.
    public static let string = "0.1.0"
}

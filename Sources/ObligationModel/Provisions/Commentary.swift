import Diagnostics

/// The commentary on one model provision.
public struct Commentary: Hashable, Sendable {
  public var provision: ProvisionID
  public var title: String
  public var text: String
  public var location: SourceLocation?

  public init(provision: ProvisionID, title: String, text: String, location: SourceLocation? = nil) {
    self.provision = provision
    self.title = title
    self.text = text
    self.location = location
  }
}

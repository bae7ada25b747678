import Foundation
import ZIPFoundation

/// A WordprocessingML package: the parts Word needs, zipped with fixed timestamps so the same
/// document always gives the same bytes.
struct DOCXPackage {
  var body: String
  /// Comment id to the comment's paragraphs (already WordprocessingML).
  var comments: [(id: Int, paragraphs: String)] = []

  static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

  func data() throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    // DOS timestamps are local time; building the date in the current calendar keeps 1980-01-01 00:00 everywhere.
    let date =
      Calendar.current.date(from: DateComponents(year: 1980, month: 1, day: 1))
      ?? Date(timeIntervalSince1970: 315_532_800)
    for (path, text) in parts() {
      let bytes = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date, permissions: 0o644,
        compressionMethod: .deflate
      ) { position, size in bytes.subdata(in: Int(position)..<(Int(position) + size)) }
    }
    return archive.data ?? Data()
  }

  private func parts() -> [(String, String)] {
    let package = "http://schemas.openxmlformats.org/package/2006"
    let types =
      Self.header + """
        <Types xmlns="\(package)/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        <Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>\
        </Types>
        """
    let rootRelationships =
      Self.header + """
        <Relationships xmlns="\(package)/relationships">\
        <Relationship Id="rId1" Type="\(Self.relationships)/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """
    let documentRelationships =
      Self.header + """
        <Relationships xmlns="\(package)/relationships">\
        <Relationship Id="rId1" Type="\(Self.relationships)/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="\(Self.relationships)/numbering" Target="numbering.xml"/>\
        <Relationship Id="rId3" Type="\(Self.relationships)/comments" Target="comments.xml"/>\
        </Relationships>
        """
    let document =
      Self.header + """
        <w:document xmlns:w="\(Self.main)"><w:body>\(body)\
        <w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
        <w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>\
        </w:sectPr></w:body></w:document>
        """
    let commentsXML =
      Self.header + "<w:comments xmlns:w=\"\(Self.main)\">"
      + comments.map {
        "<w:comment w:id=\"\($0.id)\" w:author=\"Palermo\" w:initials=\"PL\">\($0.paragraphs)</w:comment>"
      }.joined()
      + "</w:comments>"
    return [
      ("[Content_Types].xml", types), ("_rels/.rels", rootRelationships),
      ("word/_rels/document.xml.rels", documentRelationships),
      ("word/document.xml", document), ("word/styles.xml", Self.header + WordStyles.styles),
      ("word/numbering.xml", Self.header + WordStyles.numbering), ("word/comments.xml", commentsXML),
    ]
  }
}

import Drafting
import Foundation
import ObligationModel

extension DraftingRenderer {
  /// The draft bill as a Word document: parts in Heading 1, articles in Heading 2 numbered by
  /// Word's own numbering ("Article %1."), so the committee can insert and renumber in Word.
  public static func billDOCX(_ bill: Bill) throws -> Data {
    var body = WordParagraphs()
    body.paragraph(bill.title, style: "Title")
    for (index, part) in bill.parts.enumerated() {
      body.paragraph("Part \(index + 1). \(part.title)", style: "Heading1")
      for article in part.articles {
        body.paragraph(article.title, style: "Heading2", numbered: 1)
        body.markdown(article.text)
      }
    }
    return try DOCXPackage(body: body.xml).data()
  }

  /// The commented model text as a Word document: each provision's commentary is a Word comment
  /// anchored to its heading, the committee's margin notes.
  public static func commentedDOCX(_ modules: [LegalDocument], commentaries: [ProvisionID: Commentary], title: String)
    throws -> Data
  {
    var body = WordParagraphs()
    var comments: [(id: Int, paragraphs: String)] = []
    body.paragraph(title, style: "Title")
    for module in modules {
      body.paragraph(module.title, style: "Heading1")
      for provision in module.modelProvisions {
        if let commentary = commentaries[provision.id] {
          let id = comments.count
          body.commentedParagraph(provision.title, style: "Heading2", comment: id)
          var note = WordParagraphs()
          note.markdown(ProvisionText.plain(commentary.text))
          let first = "<w:p><w:pPr><w:pStyle w:val=\"CommentText\"/></w:pPr><w:r><w:annotationRef/></w:r></w:p>"
          comments.append((id, first + note.xml))
        } else {
          body.paragraph(provision.title, style: "Heading2")
        }
        let implements = provision.implements.map(\.description).joined(separator: ", ")
        body.paragraph(
          (provision.adoption == .required ? "Required for compliance" : "Optional")
            + (implements.isEmpty ? "" : "; implements \(implements)"),
          style: "Quote")
        body.markdown(ProvisionText.plain(ProvisionParts.commonText(provision)))
        for option in provision.options {
          body.paragraph("\(option.title): for \(option.family.rawValue) systems", style: "Heading3")
          body.markdown(ProvisionText.plain(option.text))
        }
      }
    }
    return try DOCXPackage(body: body.xml, comments: comments).data()
  }
}

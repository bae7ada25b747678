// The report's types write themselves, members in sorted key order; `ReportRendererTests` checks
// the bytes against `JSONEncoder`'s encoding of the same values.

extension AssessmentJSONRenderer.Output: JSONWritable {
  func write(to json: inout JSONWriter) {
    json.object {
      $0.member("acts", acts)
      $0.member("findings", findings)
      $0.member("priority", priority)
      $0.member("schemaVersion", schemaVersion)
      $0.member("state", state)
      $0.member("summary", summary)
      $0.member("tool", tool)
    }
  }
}

extension AssessmentJSONRenderer.Tool: JSONWritable {
  func write(to json: inout JSONWriter) {
    json.object {
      $0.member("name", name)
      $0.member("version", version)
    }
  }
}

extension AssessmentJSONRenderer.State: JSONWritable {
  func write(to json: inout JSONWriter) {
    json.object {
      $0.member("assistanceNeeds", assistanceNeeds)
      $0.member("code", code)
      $0.member("instruments", instruments)
      $0.member("legalFamily", legalFamily)
      $0.member("name", name)
      $0.member("reservations", reservations)
    }
  }
}

extension AssessmentJSONRenderer.InstrumentEntry: JSONWritable {
  func write(to json: inout JSONWriter) {
    json.object {
      $0.member("date", date)
      $0.member("status", status)
    }
  }
}

extension AssessmentJSONRenderer.ReservationEntry: JSONWritable {
  func write(to json: inout JSONWriter) {
    json.object {
      $0.member("effect", effect)
      $0.member("kind", kind)
      $0.member("provision", provision)
      $0.member("text", text)
    }
  }
}

extension AssessmentJSONRenderer.NeedEntry: JSONWritable {
  func write(to json: inout JSONWriter) {
    json.object {
      $0.member("article", article)
      $0.member("need", need)
    }
  }
}

extension AssessmentJSONRenderer.ActEntry: JSONWritable {
  func write(to json: inout JSONWriter) {
    json.object {
      $0.member("citation", citation)
      $0.member("file", file)
      $0.member("inForce", inForce)
      $0.member("provisions", provisions)
      $0.member("title", title)
    }
  }
}

extension AssessmentJSONRenderer.Summary: JSONWritable {
  func write(to json: inout JSONWriter) {
    json.object {
      $0.member("byClass", byClass)
      $0.member("byInstrument", byInstrument)
      $0.member("byTheme", byTheme)
      $0.member("total", total)
    }
  }
}

extension AssessmentJSONRenderer.Finding: JSONWritable {
  func write(to json: inout JSONWriter) {
    json.object {
      $0.member("article", article)
      $0.member("assistanceNeeds", assistanceNeeds)
      $0.member("class", `class`)
      $0.member("computedStatus", computedStatus)
      $0.member("conflicts", conflicts)
      $0.member("coveredElements", coveredElements)
      $0.member("declarations", declarations)
      $0.member("evidence", evidence)
      $0.member("instrument", instrument)
      $0.member("missingElements", missingElements)
      $0.member("obligation", obligation)
      $0.member("override", override)
      $0.member("pending", pending)
      $0.member("pendingConflicts", pendingConflicts)
      $0.member("prohibition", prohibition)
      $0.member("qualifier", qualifier)
      $0.member("reason", reason)
      $0.member("remedies", remedies)
      $0.member("satisfiedAlternative", satisfiedAlternative)
      $0.member("status", status)
      $0.member("summary", summary)
      $0.member("theme", theme)
      $0.member("thresholds", thresholds)
      $0.member("title", title)
    }
  }
}

extension AssessmentJSONRenderer.OverrideEntry: JSONWritable {
  func write(to json: inout JSONWriter) {
    json.object {
      $0.member("reason", reason)
      $0.member("status", status)
    }
  }
}

extension AssessmentJSONRenderer.EvidenceEntry: JSONWritable {
  func write(to json: inout JSONWriter) {
    json.object {
      $0.member("act", act)
      $0.member("citation", citation)
      $0.member("elements", elements)
      $0.member("file", file)
      $0.member("inForce", inForce)
      $0.member("line", line)
      $0.member("notes", notes)
      $0.member("parameters", parameters)
      $0.member("provision", provision)
      $0.member("text", text)
      $0.member("title", title)
    }
  }
}

extension AssessmentJSONRenderer.ThresholdEntry: JSONWritable {
  func write(to json: inout JSONWriter) {
    json.object {
      $0.member("citation", citation)
      $0.member("max", max)
      $0.member("met", met)
      $0.member("min", min)
      $0.member("parameter", parameter)
      $0.member("source", source)
      $0.member("value", value)
    }
  }
}

extension AssessmentJSONRenderer.RemedyEntry: JSONWritable {
  func write(to json: inout JSONWriter) {
    json.object {
      $0.member("adoption", adoption)
      $0.member("file", file)
      $0.member("provision", provision)
      $0.member("title", title)
    }
  }
}

/// Gives every section a role: its own heading's cue if it has one, else its parent's.
enum SectionRoleClassifier {
  static func assignRoles(_ sections: [Section], inherited: SectionRole = .other) -> [Section] {
    sections.map { section in
      var section = section
      section.role = SectionRoleRules.role(forTitle: section.title) ?? inherited
      section.children = assignRoles(section.children, inherited: section.role)
      return section
    }
  }
}

extension DocumentKind {
  /// The role of a section whose heading (and whose parents' headings) name none.
  var defaultRole: SectionRole {
    switch self {
    case .summary: .achievements
    case .plan: .plan
    case .speech, .mixed, .unknown: .other
    }
  }
}

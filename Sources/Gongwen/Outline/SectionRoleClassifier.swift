/// Gives every section a role: its own heading's cue if it has one, else its parent's.
enum SectionRoleClassifier {
  /// In place, so that a tree of a hundred thousand sections is not copied whole.
  static func assignRoles(_ sections: inout [Section], inherited: SectionRole = .other) {
    for index in sections.indices {
      let role = SectionRoleRules.role(forTitle: sections[index].title ?? "") ?? inherited
      sections[index].role = role
      assignRoles(&sections[index].children, inherited: role)
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
